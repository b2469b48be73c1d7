package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.diplograph.bench.ServeLoadBenchmark;
import org.diplograph.reliability.StoreInspection.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test of issue 8. {@code diplograph serve --allow-update} (a JVM of its own, on a free loopback port)
 * answers clients that send the named queries back to back ({@link ServeLoadBenchmark}: random parameters, through
 * {@code /api/} and as SPARQL) while {@code diplograph ingest --endpoint} writes real articles into it, two per
 * update request. The clients start once the first articles are in, so that the ingest writes while they run. Then:
 * <ul>
 * <li>no request failed (a 503 for a query stopped by the server's timeout would be counted apart);</li>
 * <li>the ingest wrote while the clients ran (the store held more articles at the end than at the start) and
 * completed;</li>
 * <li>the server stopped, the store opens, validates, and equals a clean ingest of the same articles graph by
 * graph: the same graphs with the same triple counts, so only whole articles, no duplicates, nothing lost.</li>
 * </ul>
 * CI: 16 clients for 15 s, 24 articles. {@code -Ddiplograph.longTests=true}: 50 clients for 60 s, 200 articles;
 * {@code -Ddiplograph.loadClients=N}, {@code -Ddiplograph.loadSeconds=S}, {@code -Ddiplograph.loadArticles=A} and
 * {@code -Ddiplograph.loadSeed=X} set each apart.
 */
class TestServeLoad {
    private static final boolean LONG = Boolean.getBoolean("diplograph.longTests");
    private static final int CLIENTS = Integer.getInteger("diplograph.loadClients", LONG ? 50 : 16);
    private static final int SECONDS = Integer.getInteger("diplograph.loadSeconds", LONG ? 60 : 15);
    private static final int ARTICLES = Integer.getInteger("diplograph.loadArticles", LONG ? 200 : 24);
    /** Articles per update request: a write every few seconds while the clients run. */
    private static final int BATCH = 2;
    private static final long RUN_LIMIT_SECONDS = 900;

    @Test
    void everyRequestIsAnsweredWhileAnIngestWritesAndTheStoreEndsWhole(@TempDir Path dir) throws Exception {
        CleanIngest clean = CleanIngest.of(ARTICLES);
        long seed = Long.getLong("diplograph.loadSeed", System.nanoTime() % 100_000);
        Path store = dir.resolve("served");
        ChildDiplograph server = ChildDiplograph.serve(store, false);
        ServeLoadBenchmark.Result load;
        CliRun ingest;
        try {
            String url = server.awaitUrl(RUN_LIMIT_SECONDS);
            String endpoint = url + "diplograph";
            CompletableFuture<CliRun> writer = CompletableFuture.supplyAsync(() -> CliRun.of("ingest", "--endpoint",
                    endpoint, "--batch", Integer.toString(BATCH), clean.corpus().toString()));
            awaitFirstArticles(endpoint, writer);
            load = new ServeLoadBenchmark(URI.create(url), CLIENTS, Duration.ofSeconds(SECONDS), seed,
                    new PrintWriter(System.out, true)).run();
            ingest = writer.get(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            server.stop(60);
        }
        assertEquals(List.of(), load.failureSamples(), "failed requests (the first ones)");
        assertEquals(0, load.failures(), "failed requests");
        assertTrue(load.requests() >= CLIENTS, "requests served: " + load.requests());
        assertTrue(load.articlesAfter() > load.articlesBefore(), "the ingest wrote while the clients ran: "
                + load.articlesBefore() + " articles before, " + load.articlesAfter() + " after");
        assertEquals(0, ingest.exit(), "ingest --endpoint: " + ingest.out() + ingest.err());

        long whole = StoreInspection.checkWhole(store, clean.triplesPerGraph(), "the load test");
        try (StoreInspection after = new StoreInspection(store)) {
            assertEquals(clean.triplesPerGraph(), after.triplesPerGraph(), "the served store equals a clean ingest");
        }
        System.out.printf("serve load test: %d clients, %d s, seed %d: %d requests, failures %d, timeouts %d, p50 %.1f "
                        + "ms, p99 %.1f ms; ingest --endpoint of %d articles (%s), %d per update: %d stored while the "
                        + "clients ran (%s); after: %d whole articles, %d triples = clean ingest, validates%n",
                CLIENTS, SECONDS, seed, load.requests(), load.failures(), load.timeouts(), load.p50Ms(), load.p99Ms(),
                ARTICLES, clean.source(), BATCH, load.articlesAfter() - load.articlesBefore(), ingest.out().strip(),
                whole, clean.triples());
    }

    /** Waits until the served store holds an article (bounded); fails if the ingest ended first. */
    private static void awaitFirstArticles(String endpoint, CompletableFuture<CliRun> writer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_LIMIT_SECONDS);
        while (StoreInspection.triplesPerGraph(endpoint).keySet().stream().allMatch(StoreInspection::isReferenceGraph)) {
            if (writer.isDone())
                throw new AssertionError("the ingest ended before storing an article: " + writer.join().err());
            if (System.nanoTime() > deadline)
                throw new AssertionError("no article stored in " + RUN_LIMIT_SECONDS + " s");
            Thread.sleep(100);
        }
    }
}
