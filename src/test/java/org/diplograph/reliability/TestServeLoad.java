package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.bench.ServeLoadBenchmark;
import org.diplograph.reliability.StoreInspection.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test of issue 8. {@code diplograph serve --allow-update} (a JVM of its own, on a free loopback port)
 * answers {@code diplograph bench --serve-load} (another: {@link ServeLoadBenchmark}, clients sending the named
 * queries back to back with random parameters, through {@code /api/} and as SPARQL) while {@code diplograph ingest
 * --endpoint} (in this JVM) writes real articles into it, two per update request. The clients start once the first
 * articles are in, so that the ingest writes while they run. Then:
 * <ul>
 * <li>the clients exit 0: requests were answered and none failed; one client sends only a heavy query (a cross
 * join), which the server's time limit ({@value #TIMEOUT_SECONDS} s) stops with a 503 each time, counted apart as
 * a deliberate timeout, while the named queries of the others go on being answered;</li>
 * <li>the ingest wrote while the clients ran (the store held more articles at the end than at the start) and
 * completed;</li>
 * <li>the server stopped, the store opens, validates, and equals a clean ingest of the same articles graph by
 * graph: the same graphs with the same triple counts, so only whole articles, no duplicates, nothing lost.</li>
 * </ul>
 * CI: 16 clients for 15 s, 40 articles. {@code -Ddiplograph.longTests=true}: 50 clients for 60 s, 200 articles;
 * {@code -Ddiplograph.loadClients=N}, {@code -Ddiplograph.loadSeconds=S}, {@code -Ddiplograph.loadArticles=A} and
 * {@code -Ddiplograph.loadSeed=X} set each apart.
 */
class TestServeLoad {
    /** Enough that the ingest still writes once the clients' JVM has started; TestServeCrashSafety uses as many. */
    static final int CLEAN_ARTICLES = 40;
    private static final boolean LONG = Boolean.getBoolean("diplograph.longTests");
    private static final int CLIENTS = Integer.getInteger("diplograph.loadClients", LONG ? 50 : 16);
    private static final int SECONDS = Integer.getInteger("diplograph.loadSeconds", LONG ? 60 : 15);
    private static final int ARTICLES = Integer.getInteger("diplograph.loadArticles", LONG ? 200 : CLEAN_ARTICLES);
    /** Articles per update request: a write every few seconds while the clients run. */
    private static final int BATCH = 2;
    private static final long RUN_LIMIT_SECONDS = 900;
    /** The server's time limit: the heavy query reaches it several times during the run. */
    static final int TIMEOUT_SECONDS = 3;

    @Test
    void everyRequestIsAnsweredWhileAnIngestWritesAndTheStoreEndsWhole(@TempDir Path dir) throws Exception {
        CleanIngest clean = CleanIngest.of(ARTICLES);
        long seed = Long.getLong("diplograph.loadSeed", System.nanoTime() % 100_000);
        Path store = dir.resolve("served");
        ChildDiplograph server = ChildDiplograph.serve(store, false, "--timeout", Integer.toString(TIMEOUT_SECONDS));
        int exit;
        String report;
        CliRun ingest;
        try {
            String url = server.awaitUrl(RUN_LIMIT_SECONDS);
            String endpoint = url + "diplograph";
            CompletableFuture<CliRun> writer = CompletableFuture.supplyAsync(() -> CliRun.of("ingest", "--endpoint",
                    endpoint, "--batch", Integer.toString(BATCH), clean.corpus().toString()));
            awaitFirstArticles(endpoint, writer);
            ChildDiplograph clients = ChildDiplograph.command("bench", "--serve-load", url, "--clients",
                    Integer.toString(CLIENTS), "--heavy-clients", "1", "--seconds", Integer.toString(SECONDS),
                    "--seed", Long.toString(seed));
            exit = clients.waitFor(SECONDS + RUN_LIMIT_SECONDS);
            report = clients.output();
            ingest = writer.get(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            server.stop(60);
        }
        System.out.println(report);
        assertEquals(0, exit, "bench --serve-load: a request failed, or none was answered:\n" + report);
        Matcher requests = find("requests (\\d+) in .*; failures (\\d+); timeouts \\(503, the server's limit\\) (\\d+)", report);
        assertEquals("0", requests.group(2), "failed requests");
        Matcher heavy = find("sparql heavy \\(cross join\\)\\s+(\\d+)\\s+\\S+\\s+\\S+\\s+\\S+\\s+(\\d+)", report);
        assertTrue(Long.parseLong(heavy.group(2)) >= 2, "the heavy query was stopped by the time limit, again and "
                + "again: " + heavy.group(2) + " of " + heavy.group(1));
        assertTrue(Long.parseLong(requests.group(1)) >= CLIENTS, "requests served: " + requests.group(1));
        Matcher articles = find("articles in the store: (\\d+) before, (\\d+) after", report);
        long before = Long.parseLong(articles.group(1)), after = Long.parseLong(articles.group(2));
        assertTrue(after > before, "the ingest wrote while the clients ran: " + before + " articles before, " + after
                + " after");
        assertEquals(0, ingest.exit(), "ingest --endpoint: " + ingest.out() + ingest.err());

        long whole = StoreInspection.checkWhole(store, clean.triplesPerGraph(), "the load test");
        try (StoreInspection served = new StoreInspection(store)) {
            assertEquals(clean.triplesPerGraph(), served.triplesPerGraph(), "the served store equals a clean ingest");
        }
        System.out.printf("serve load test: %d clients (one heavy), %d s, seed %d: %d requests, failures 0, deliberate "
                        + "timeouts %s; ingest --endpoint of %d "
                        + "articles (%s), %d per update: %d stored while the clients ran (%s); after: %d whole "
                        + "articles, %d triples = clean ingest, validates%n", CLIENTS, SECONDS, seed,
                Long.parseLong(requests.group(1)), requests.group(3), ARTICLES, clean.source(), BATCH, after - before,
                ingest.out().strip(), whole, clean.triples());
    }

    private static Matcher find(String regex, String report) {
        Matcher m = Pattern.compile(regex).matcher(report);
        assertTrue(m.find(), "bench --serve-load printed no line like /" + regex + "/:\n" + report);
        return m;
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
