package org.diplograph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.ArticleGraphBuilder;
import org.diplograph.rdf.CountryGraph;
import org.diplograph.rdf.ExtractionRun;
import org.diplograph.rdf.ProjectResources;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.store.GraphStore;

/**
 * Load rate and query latency at scale: generates {@code articles} synthetic article graphs
 * ({@link SyntheticFacts}), stores them through the normal write path (batches of 32 in write transactions),
 * loads the same N-Quads with Jena's TDB2 bulk loader for comparison, then times the named queries with bound
 * parameters (p50, p99).
 */
public final class QueryBenchmark {
    private final int articles;
    private final int runs;
    private final PrintWriter out;

    public QueryBenchmark(int articles, int runs, PrintWriter out) {
        this.articles = articles;
        this.runs = runs;
        this.out = out;
    }

    public void run(Path storeDir) throws IOException {
        Path nquads = Files.createTempFile("diplograph-synthetic", ".nq");
        long triples;
        double seconds;
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.embedded(storeDir);
             OutputStream nq = new BufferedOutputStream(Files.newOutputStream(nquads))) {
            store.replaceGraphs(Map.of(DG.countriesGraph.getURI(), CountryGraph.of(CountryTable.standard()),
                    ProjectResources.ONTOLOGY_GRAPH, ProjectResources.ontology()));
            triples = load(store, nq);
            seconds = (System.nanoTime() - start) / 1e9;
            long before = folderSize(storeDir);
            store.compact();
            out.printf("store folder: %s before compaction, %s after%n", ResourceUsage.mb(before),
                    ResourceUsage.mb(folderSize(storeDir)));
        }
        out.printf("diplograph write path: %d articles, %d triples in %.1f s: %.0f triples/s (incl. generating)%n",
                articles, triples, seconds, triples / seconds);
        bulkLoad(nquads, triples);
        Files.deleteIfExists(nquads);
        try (GraphStore store = GraphStore.embedded(storeDir)) {
            latency(store);
        }
        out.printf("peak heap %s, peak RSS %s%n", ResourceUsage.mb(ResourceUsage.peakHeapBytes()),
                ResourceUsage.mb(ResourceUsage.peakRssBytes()));
        out.flush();
    }

    private static long folderSize(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private long load(GraphStore store, OutputStream nq) {
        SyntheticFacts generator = new SyntheticFacts(CountryTable.standard(), 42);
        ArticleGraphBuilder builder = new ArticleGraphBuilder(ExtractionRun.start());
        long triples = 0;
        Map<String, Model> batch = new LinkedHashMap<>();
        for (int i = 0; i < articles; i++) {
            ArticleFacts facts = generator.next(i);
            Model model = builder.build(facts);
            String graph = ArticleGraphBuilder.articleIri(facts);
            batch.put(graph, model);
            Dataset one = DatasetFactory.create();
            one.addNamedModel(graph, model);
            RDFDataMgr.write(nq, one, Lang.NQUADS);
            triples += model.size();
            if (batch.size() == 32 || i == articles - 1) {
                store.replaceGraphs(batch);
                batch = new LinkedHashMap<>();
            }
        }
        return triples;
    }

    private void bulkLoad(Path nquads, long triples) throws IOException {
        Path dir = Files.createTempDirectory("diplograph-bulk");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("TDB2 parallel bulk loader, same N-Quads: %d triples in %.1f s: %.0f triples/s%n",
                triples, seconds, triples / seconds);
        dsg.close();
        org.apache.commons.io.FileUtils.deleteDirectory(dir.toFile());
    }

    private void latency(GraphStore store) {
        Random random = new Random(7);
        List<String> codes = CountryTable.standard().all().stream().filter(c -> c.wikidata() != null).limit(60)
                .map(c -> c.iso2()).toList();
        time(store, "who-met-whom (country, year)", NamedQueries.builtIn("who-met-whom"), () -> {
            int year = 2000 + random.nextInt(24);
            return Map.of("country", codes.get(random.nextInt(codes.size())), "from", year + "-01-01",
                    "to", year + "-12-31");
        });
        time(store, "who-met-whom (person)", NamedQueries.builtIn("who-met-whom"),
                () -> Map.of("person", List.of("Khan", "Petrova", "Smith", "Wang").get(random.nextInt(4))));
        time(store, "country-relations (pair)", NamedQueries.builtIn("country-relations"),
                () -> Map.of("a", codes.get(random.nextInt(codes.size())), "b", codes.get(random.nextInt(codes.size()))));
        time(store, "relations-by-year (pair)", NamedQueries.builtIn("relations-by-year"),
                () -> Map.of("a", codes.get(random.nextInt(codes.size())), "b", codes.get(random.nextInt(codes.size()))));
    }

    private void time(GraphStore store, String label, NamedQuery query, java.util.function.Supplier<Map<String, String>> params) {
        for (int i = 0; i < 3; i++)
            QueryRunner.select(store, query, params.get());
        double[] ms = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows += QueryRunner.select(store, query, params.get()).size();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("%-28s p50 %8.1f ms  p99 %8.1f ms  (%d runs, %.1f rows/run)%n", label, Latencies.percentile(ms, 0.5),
                Latencies.percentile(ms, 0.99), runs, rows / (double) runs);
        out.flush();
    }

}
