package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.diplograph.bench.SyntheticFacts;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.query.StoreStatistics;
import org.diplograph.rdf.ArticleGraphBuilder;
import org.diplograph.rdf.ExtractionRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many small write transactions grow a TDB2 folder by copy-on-write; the store compacts itself when the folder
 * has grown a few times over, without losing a triple.
 */
class TestStoreGrowth {

    @Test
    void manyTransactionsDoNotGrowTheFolderWithoutBound(@TempDir Path dir) throws Exception {
        SyntheticFacts generator = new SyntheticFacts(CountryTable.standard(), 3);
        ArticleGraphBuilder builder = new ArticleGraphBuilder(ExtractionRun.start(Extractor.VERSION));
        long triples = 0, largest = 0;
        try (TdbGraphStore store = TdbGraphStore.open(dir, 1.2, 1L << 20)) {
            for (int txn = 0; txn < 192; txn++) {
                Map<String, Model> batch = new LinkedHashMap<>();
                for (int i = 0; i < 2; i++) {
                    ArticleFacts facts = generator.next(txn * 2 + i);
                    Model model = builder.build(facts);
                    batch.put(ArticleGraphBuilder.articleIri(facts), model);
                    triples += model.size();
                }
                store.replaceGraphs(batch);
                largest = Math.max(largest, FolderSize.of(dir));
            }
            assertEquals(triples, StoreStatistics.tripleCount(store), "every triple kept across compactions");
        }
        try (var generations = Files.list(dir)) {
            assertTrue(generations.anyMatch(p -> p.getFileName().toString().matches("Data-000[2-9]")),
                    "the store compacted itself at least once");
        }
        try (GraphStore reopened = GraphStore.embedded(dir)) {
            assertEquals(triples, StoreStatistics.tripleCount(reopened), "and reopens whole");
        }
        System.out.printf("store growth: %d triples in 192 transactions, largest folder %d MB, now %d MB%n",
                triples, largest >> 20, FolderSize.of(dir) >> 20);
    }
}
