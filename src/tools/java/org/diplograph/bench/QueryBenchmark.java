package org.diplograph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.extract.Extractor;
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
import org.diplograph.store.FolderSize;
import org.diplograph.store.GraphStore;

/**
 * Load rate and query latency at scale: generates {@code articles} synthetic article graphs
 * ({@link SyntheticFacts}) as N-Quads; stores the first {@code writeArticles} of them through the normal write
 * path (batches of 32 in write transactions) and times it; loads all of them with Jena's TDB2 bulk loader and
 * times that; then times the named queries with bound parameters (p50, p99) on the bulk-loaded store. The write
 * path is capped because every write transaction of TDB2 leaves copy-on-write blocks behind until compaction
 * (100,000 articles through it filled 71 GB): the rate is what matters, and it is measured on the capped part.
 */
public final class QueryBenchmark {
    private static final int BATCH = 32;
    /** Runs of one query stop after this long, so a slow query cannot stretch the benchmark without bound. */
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private final int articles;
    private final int writeArticles;
    private final int runs;
    private final PrintWriter out;

    public QueryBenchmark(int articles, int writeArticles, int runs, PrintWriter out) {
        this.articles = articles;
        this.writeArticles = Math.min(articles, writeArticles);
        this.runs = runs;
        this.out = out;
    }

    /** With {@code endpoint} (a SPARQL 1.1 dataset URL) the write path goes there instead of to a local TDB2 store. */
    public void run(Path workDir, String endpoint) throws IOException {
        Path nquads = workDir.resolve("synthetic.nq");
        Path written = workDir.resolve("write-path");
        Path bulk = workDir.resolve("bulk");
        long triples;
        try (GraphStore store = endpoint == null ? GraphStore.embedded(written) : GraphStore.remote(endpoint);
             OutputStream nq = new BufferedOutputStream(Files.newOutputStream(nquads))) {
            out.println("write path into " + store.describe());
            triples = generate(store, nq);
            if (endpoint == null) {
                long before = FolderSize.of(written);
                store.compact();
                out.printf("write-path store folder: %s before the final compaction, %s after%n",
                        ResourceUsage.mb(before), ResourceUsage.mb(FolderSize.of(written)));
            }
        }
        org.apache.commons.io.FileUtils.deleteDirectory(written.toFile());
        bulkLoad(nquads, bulk, triples);
        Files.deleteIfExists(nquads);
        try (GraphStore store = GraphStore.embedded(bulk)) {
            out.printf("query latency on the bulk-loaded store: %d articles, %d triples, folder %s%n", articles,
                    triples, ResourceUsage.mb(FolderSize.of(bulk)));
            latency(store);
        }
        out.printf("peak heap %s, peak RSS %s%n", ResourceUsage.mb(ResourceUsage.peakHeapBytes()),
                ResourceUsage.mb(ResourceUsage.peakRssBytes()));
        out.flush();
    }

    /** Writes every article graph as N-Quads and the first {@code writeArticles} through the write path; returns all triples. */
    private long generate(GraphStore store, OutputStream nq) {
        Map<String, Model> shared = Map.of(DG.countriesGraph.getURI(), CountryGraph.of(CountryTable.standard()),
                ProjectResources.ONTOLOGY_GRAPH, ProjectResources.ontology());
        store.replaceGraphs(shared);
        long triples = 0;
        for (Map.Entry<String, Model> e : shared.entrySet())
            triples += writeQuads(nq, e.getKey(), e.getValue());
        SyntheticFacts generator = new SyntheticFacts(CountryTable.standard(), 42);
        ArticleGraphBuilder builder = new ArticleGraphBuilder(ExtractionRun.start(Extractor.VERSION));
        long writeNanos = 0, writtenTriples = 0;
        Map<String, Model> batch = new LinkedHashMap<>();
        for (int i = 0; i < articles; i++) {
            ArticleFacts facts = generator.next(i);
            Model model = builder.build(facts);
            triples += writeQuads(nq, ArticleGraphBuilder.articleIri(facts), model);
            if (i < writeArticles) {
                batch.put(ArticleGraphBuilder.articleIri(facts), model);
                writtenTriples += model.size();
                if (batch.size() == BATCH || i == writeArticles - 1) {
                    long start = System.nanoTime();
                    store.replaceGraphs(batch);
                    writeNanos += System.nanoTime() - start;
                    batch = new LinkedHashMap<>();
                }
            }
        }
        double seconds = writeNanos / 1e9;
        out.printf("diplograph write path: %d articles, %d triples in %.1f s: %.0f triples/s (%d-article "
                + "transactions)%n", writeArticles, writtenTriples, seconds, writtenTriples / seconds, BATCH);
        return triples;
    }

    private static long writeQuads(OutputStream nq, String graph, Model model) {
        Dataset one = DatasetFactory.create();
        one.addNamedModel(graph, model);
        RDFDataMgr.write(nq, one, Lang.NQUADS);
        return model.size();
    }

    private void bulkLoad(Path nquads, Path dir, long triples) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("TDB2 parallel bulk loader, all %d articles: %d triples in %.1f s: %.0f triples/s%n",
                articles, triples, seconds, triples / seconds);
        out.flush();
        TDBInternal.expel(dsg);
    }

    private void latency(GraphStore store) {
        Random random = new Random(7);
        List<String> codes = SyntheticFacts.countries(CountryTable.standard()).stream().map(c -> c.iso2()).toList();
        time(store, "who-met-whom (country, year)", NamedQueries.builtIn("who-met-whom"), () -> {
            int year = 2000 + random.nextInt(24);
            return Map.of("country", codes.get(random.nextInt(codes.size())), "from", year + "-01-01",
                    "to", year + "-12-31");
        });
        List<String> surnames = List.of("Khan", "Petrova", "Smith", "Wang");
        time(store, "who-met-whom (person)", NamedQueries.builtIn("who-met-whom"),
                () -> Map.of("person", surnames.get(random.nextInt(surnames.size()))));
        time(store, "statements (speaker)", NamedQueries.builtIn("statements"),
                () -> Map.of("speaker", surnames.get(random.nextInt(surnames.size()))));
        time(store, "country-relations (pair)", NamedQueries.builtIn("country-relations"),
                () -> Map.of("a", codes.get(random.nextInt(codes.size())), "b", codes.get(random.nextInt(codes.size()))));
        time(store, "relations-by-year (pair)", NamedQueries.builtIn("relations-by-year"),
                () -> Map.of("a", codes.get(random.nextInt(codes.size())), "b", codes.get(random.nextInt(codes.size()))));
    }

    private void time(GraphStore store, String label, NamedQuery query, java.util.function.Supplier<Map<String, String>> params) {
        QueryRunner.select(store, query, params.get()); // warm-up
        double[] ms = new double[runs];
        long rows = 0, begin = System.nanoTime();
        int done = 0;
        while (done < runs && System.nanoTime() - begin < BUDGET_NANOS) {
            long start = System.nanoTime();
            rows += QueryRunner.select(store, query, params.get()).size();
            ms[done++] = (System.nanoTime() - start) / 1e6;
        }
        double[] measured = Arrays.copyOf(ms, done);
        Arrays.sort(measured);
        out.printf("%-28s p50 %8.1f ms  p99 %8.1f ms  (%d runs%s, %.1f rows/run)%n", label,
                Latencies.percentile(measured, 0.5), Latencies.percentile(measured, 0.99), done,
                done < runs ? " in the 60 s budget" : "", rows / (double) done);
        out.flush();
    }
}
