package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.diplograph.reliability.StoreInspection.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code diplograph serve --allow-update} (a JVM of its own) with SIGKILL while {@code diplograph ingest
 * --endpoint} uploads to it, over and over, and checks the store folder after every kill as {@link TestCrashSafety}
 * does: it opens, validates, and holds only whole articles (every graph one of a clean ingest's, with its triple
 * count). Then a new server starts on the folder, a rerun of the ingest completes (exit 0), and the served store
 * equals the clean ingest graph by graph (no duplicates, nothing lost); on that server the next ingest, with
 * {@code --force} so that its uploads replace graphs, is killed in turn. The first kill hits an ingest into an empty
 * store.
 *
 * <p>Each kill is aimed at an upload: it comes when the server logs the start of the k-th SPARQL Update request of
 * the ingest (k at random among the first four; the first carries the countries and the ontology, the others four
 * articles each), after a random delay of up to {@value #MAX_DELAY_MS} ms (an update of four short articles takes
 * 0.3-0.7 s here). Kills go on until {@code KILLS} of them came while the request was still being served; those
 * that came after it ended are checked all the same.
 *
 * <p>CI: 40 short BBC articles, 5 kills inside an update. {@code -Ddiplograph.longTests=true}: 25;
 * {@code -Ddiplograph.serveKills=K} sets it apart, {@code -Ddiplograph.crashSeed=N} repeats a run's choices.
 */
class TestServeCrashSafety {
    private static final boolean LONG = Boolean.getBoolean("diplograph.longTests");
    private static final int KILLS = Integer.getInteger("diplograph.serveKills", LONG ? 25 : 5);
    /** As many as TestServeLoad's, so that the clean ingest is made once. */
    private static final int ARTICLES = TestServeLoad.CLEAN_ARTICLES;
    private static final int BATCH = 4;
    private static final int MAX_DELAY_MS = 400;
    private static final long RUN_LIMIT_SECONDS = 600;

    @Test
    void killedServersLeaveOnlyWholeArticlesAndARerunEndsWithoutDuplicates(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("diplograph.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        CleanIngest clean = CleanIngest.of(ARTICLES);
        Map<String, Long> reference = clean.triplesPerGraph();
        String context = "seed " + seed + ", " + ARTICLES + " articles from " + clean.source();
        Path store = dir.resolve("store");
        List<String> log = new ArrayList<>();
        int kills = 0, insideUpdate = 0;
        while (insideUpdate < KILLS) {
            if (kills >= 3 * KILLS)
                throw new AssertionError("only " + insideUpdate + " of " + kills + " kills inside an update (" + context + ")");
            ChildDiplograph server = ChildDiplograph.serve(store, true);
            boolean force = kills > 0;
            kills++;
            String what;
            try {
                String endpoint = server.awaitUrl(RUN_LIMIT_SECONDS) + "diplograph";
                if (force) {
                    rerunEqualsCleanIngest(endpoint, clean, "before kill " + kills + " (" + context + ")");
                    server.awaitQuiet(300); // the rerun's updates all logged, so the count below is the new ingest's
                }
                int k = 1 + random.nextInt(4);
                int updates = server.writes() + k;
                CompletableFuture<CliRun> ingest = ingest(endpoint, clean, force);
                assertTrue(server.awaitWrites(updates, RUN_LIMIT_SECONDS), "no upload to kill the server in:\n"
                        + server.tail() + "\n" + (ingest.isDone() ? ingest.join().err() : ""));
                int delay = random.nextInt(MAX_DELAY_MS + 1);
                Thread.sleep(delay);
                boolean inside = server.writing();
                server.kill();
                insideUpdate += inside ? 1 : 0;
                CliRun cut = ingest.get(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
                List<String> errors = cut.err().lines().filter(l -> !l.startsWith("progress: ")).toList();
                assertTrue(cut.exit() == 0 || cut.exit() == 1 && errors.size() == 1 && errors.get(0).startsWith("diplograph: "),
                        "the ingest whose server was killed fails in one line, if at all: " + cut.err());
                what = String.format("kill %d: %s ingest, %d ms after its update request %d began%s; the ingest "
                        + "exited %d", kills, force ? "--force" : "first", delay, k,
                        inside ? ", inside it" : ", after it ended", cut.exit());
            } finally {
                server.kill();
            }
            long whole = StoreInspection.checkWhole(store, reference, what + " (" + context + ")");
            if (force)
                assertEquals(ARTICLES, whole, "a killed --force ingest loses no article: " + what);
            log.add(what + "; " + whole + " whole articles after");
        }
        ChildDiplograph server = ChildDiplograph.serve(store, true);
        try {
            rerunEqualsCleanIngest(server.awaitUrl(RUN_LIMIT_SECONDS) + "diplograph", clean, "at the end (" + context + ")");
        } finally {
            server.stop(60);
        }
        try (StoreInspection after = new StoreInspection(store)) {
            assertEquals(reference, after.triplesPerGraph(), "after the last rerun the store equals a clean ingest");
        }
        System.out.printf("serve crash safety: %d articles (%s), %d per update; %d kills of serve --allow-update "
                        + "survived, %d of them inside an update request of the ingest; after each the store opened, "
                        + "validated, held only whole articles, and a rerun equalled the clean ingest (%d graphs, %d "
                        + "triples); failures 0; seed %d%n", ARTICLES, clean.source(), BATCH, kills, insideUpdate,
                reference.size(), clean.triples(), seed);
        log.forEach(line -> System.out.println("  " + line));
    }

    /** {@code diplograph ingest --endpoint}, run in this JVM (CoreNLP loads once) on a thread of its own. */
    private static CompletableFuture<CliRun> ingest(String endpoint, CleanIngest clean, boolean force) {
        List<String> args = new ArrayList<>(List.of("ingest", "--endpoint", endpoint, "--batch",
                Integer.toString(BATCH), clean.corpus().toString()));
        if (force)
            args.add("--force");
        return CompletableFuture.supplyAsync(() -> CliRun.of(args.toArray(String[]::new)));
    }

    private static void rerunEqualsCleanIngest(String endpoint, CleanIngest clean, String when) throws Exception {
        CliRun rerun = ingest(endpoint, clean, false).get(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(0, rerun.exit(), "rerun " + when + ": " + rerun.out() + rerun.err());
        assertEquals(clean.triplesPerGraph(), StoreInspection.triplesPerGraph(endpoint),
                "after the rerun " + when + " the store equals a clean ingest, graph by graph");
    }
}
