package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.diplograph.TestFixtures;
import org.diplograph.export.GraphExport;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.StoreStatistics;
import org.diplograph.rdf.ShapeValidation;
import org.diplograph.store.GraphStore;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spine end to end on the bundled seed file, against a real TDB2 store and the real CoreNLP models. */
class TestSeedIngest {

    @Test
    void seedGivesTwoArticlesWithTitlesDatesAndDatelines() {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            ResultSetRewindable rows = QueryRunner.select(store, NamedQueries.load(
                    "src/test/resources/queries/articles.rq"), Map.of());
            assertEquals(2, rows.size());
            var first = rows.next();
            assertTrue(first.getLiteral("title").getString().startsWith("Pakistan, Russia look at"));
            assertEquals("2018-05-02", first.getLiteral("published").getLexicalForm());
            assertEquals("ISLAMABAD", first.getLiteral("dateline").getString());
            var second = rows.next();
            assertTrue(second.getLiteral("title").getString().startsWith("Rubio defends US ouster"));
            assertEquals("2026-02-26", second.getLiteral("published").getLexicalForm());
            assertEquals("BASSETERRE, St. Kitts and Nevis", second.getLiteral("dateline").getString());
        }
        assertEquals(2, TestFixtures.seedSummary().stored());
        assertEquals(0, TestFixtures.seedSummary().failed());
    }

    @Test
    void seedMentionsTheExpectedCountries() {
        Set<String> codes = new TreeSet<>();
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            QueryRunner.select(store, NamedQueries.builtIn("country-mentions"), Map.of())
                    .forEachRemaining(row -> codes.add(row.getLiteral("countryCode").getString()));
        }
        assertTrue(codes.containsAll(List.of("PK", "RU", "AF", "US", "VE", "KN", "TT", "JM", "HT", "GY", "CU",
                "IR", "CN")), "countries found: " + codes);
    }

    @Test
    void reingestLeavesTheStoreUnchanged(@TempDir Path dir) {
        try (GraphStore store = GraphStore.embedded(dir)) {
            IngestJob job = new IngestJob(TestFixtures.extractor(), store, IngestOptions.defaults(), ProgressListener.NONE);
            IngestSummary first = job.run(List.of(TestFixtures.SEED.toString()));
            long triples = StoreStatistics.tripleCount(store);
            IngestSummary again = job.run(List.of(TestFixtures.SEED.toString()));
            assertEquals(2, first.stored());
            assertEquals(0, again.stored());
            assertEquals(2, again.unchanged());
            assertEquals(triples, StoreStatistics.tripleCount(store));

            IngestJob forced = new IngestJob(TestFixtures.extractor(), store,
                    IngestOptions.defaults().withForce(true), ProgressListener.NONE);
            IngestSummary third = forced.run(List.of(TestFixtures.SEED.toString()));
            assertEquals(2, third.stored());
            assertEquals(triples, StoreStatistics.tripleCount(store), "re-extraction replaces, never duplicates");
        }
    }

    @Test
    void turtleExportReparsesAndConformsToTheShapes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            GraphExport.write(store, GraphExport.Format.TURTLE, out);
        }
        byte[] turtle = out.toByteArray();
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(turtle), Lang.TURTLE);
        assertTrue(model.size() > 1000, "export holds the graph: " + model.size());
        // A second, independent parser: RDF4J Rio must read the same number of statements.
        var rdf4j = Rio.parse(new ByteArrayInputStream(turtle), "", RDFFormat.TURTLE);
        assertEquals(model.size(), rdf4j.size());

        ValidationReport report = ShapeValidation.validate(model.getGraph());
        if (!report.conforms())
            ShLib.printReport(report);
        assertTrue(report.conforms(), "SHACL violations: " + report.getEntries().size());
    }
}
