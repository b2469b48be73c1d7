package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.diplograph.pipeline.IngestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code diplograph ingest} (a JVM of its own, fast CoreNLP profile) with SIGKILL at random points, over and
 * over, while it ingests a few hundred articles into one TDB2 store, and checks the store after every kill:
 * <ul>
 * <li>it opens (TDB2 recovers from its journal; the dead process's lock file is taken over);</li>
 * <li>{@code diplograph validate} passes (SHACL);</li>
 * <li>it holds only whole articles: every graph in it is a graph of the reference store (a clean ingest of the
 * same articles), with exactly the reference's number of triples, and every article graph has its article node
 * with one content hash. A half-written graph would have fewer triples, a doubled one more.</li>
 * </ul>
 * A run that ends by itself before its kill must exit 0. Once the store holds every article, runs re-ingest with
 * {@code --force}, so that kills land in graph replacement too. At the end a plain rerun completes and the store
 * equals the reference: the same graphs, each with the same triple count, no duplicates.
 *
 * <p>Where the kills land: one in five while CoreNLP loads (store open, nothing written yet); two in five at a
 * random time within three batches' time after loading (extracting, writing or committing); two in five right
 * after a write transaction begins (IngestJob's debug line), within the next 200 ms: inside the transaction.
 *
 * <p>CI: 200 articles cut to their first paragraphs, 20 kills. {@code -Ddiplograph.longTests=true}: 600 whole
 * articles, 100 kills; {@code -Ddiplograph.crashArticles=N} and {@code -Ddiplograph.crashKills=K} set either apart,
 * {@code -Ddiplograph.crashSeed=N} repeats a run's choices (not its timing).
 */
class TestCrashSafety {
    private static final boolean LONG = Boolean.getBoolean("diplograph.longTests");
    private static final int ARTICLES = Integer.getInteger("diplograph.crashArticles", LONG ? 600 : 200);
    private static final int KILLS = Integer.getInteger("diplograph.crashKills", LONG ? 100 : 20);
    private static final long RUN_LIMIT_SECONDS = 600;
    /** In CI, articles are cut to their first paragraphs (about this many characters); the long variant keeps them whole. */
    private static final int SHORT_ARTICLE_CHARS = 600;
    /** IngestOptions' batch size: articles per write transaction. */
    private static final int BATCH = IngestOptions.defaults().batchSize();

    private enum When { LOADING, WORKING, WRITING }

    @Test
    void killedIngestsLeaveOnlyWholeArticlesAndAResumeEndsWithoutDuplicates(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("diplograph.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path corpus = dir.resolve("corpus");
        String source = CrashCorpus.write(corpus, ARTICLES, LONG ? 0 : SHORT_ARTICLE_CHARS);
        String context = "seed " + seed + ", " + ARTICLES + " articles from " + source;

        // The reference: one clean ingest, never killed.
        Path referenceStore = dir.resolve("reference");
        ChildDiplograph clean = ChildDiplograph.ingest(referenceStore, corpus, false);
        assertEquals(0, clean.waitFor(RUN_LIMIT_SECONDS), "clean ingest: " + clean.tail());
        double cleanSeconds = clean.secondsSinceStart();
        double loadSeconds = clean.loadSeconds();
        double workSeconds = Math.min(clean.secondsSinceLoaded(), 3.0 * BATCH * clean.secondsSinceLoaded() / ARTICLES);
        Map<String, Long> reference;
        try (StoreInspection ref = new StoreInspection(referenceStore)) {
            reference = ref.triplesPerGraph();
        }
        long articleGraphs = reference.keySet().stream().filter(g -> !StoreInspection.isReferenceGraph(g)).count();
        assertEquals(ARTICLES, articleGraphs, "clean ingest stores one graph per article");

        Path store = dir.resolve("store");
        int kills = 0, runs = 0, completed = 0, killsInWrite = 0, killsWithJournal = 0;
        int[] byWhen = new int[When.values().length];
        List<String> log = new ArrayList<>();
        boolean force = false;
        while (kills < KILLS) {
            if (runs >= 3 * KILLS)
                fail("only " + kills + " kills in " + runs + " runs (" + context + ")");
            runs++;
            ChildDiplograph child = ChildDiplograph.ingest(store, corpus, force);
            double r = random.nextDouble();
            When when = r < 0.2 ? When.LOADING : r < 0.6 ? When.WORKING : When.WRITING;
            if (when == When.LOADING) {
                sleepSeconds(random.nextDouble() * loadSeconds);
            } else {
                child.awaitLoaded(RUN_LIMIT_SECONDS);
                if (when == When.WORKING || !child.awaitNextWrite(RUN_LIMIT_SECONDS))
                    sleepSeconds(random.nextDouble() * workSeconds);
                else
                    sleepSeconds(random.nextDouble() * 0.2);
            }
            String what;
            if (child.isAlive()) {
                boolean inWrite = child.writing();
                double at = child.secondsSinceStart();
                child.kill();
                kills++;
                byWhen[when.ordinal()]++;
                if (inWrite)
                    killsInWrite++;
                boolean journal = StoreInspection.journalPending(store);
                if (journal)
                    killsWithJournal++;
                what = String.format("run %d%s: killed at %.1f s (%s)%s%s", runs, force ? " --force" : "", at,
                        when.name().toLowerCase(), inWrite ? " inside a write transaction" : "",
                        journal ? ", journal pending" : "");
            } else {
                int exit = child.waitFor(RUN_LIMIT_SECONDS);
                assertEquals(0, exit, "run " + runs + " ended by itself, but not well (" + context + "); runs before:\n"
                        + String.join("\n", log) + "\n" + child.tail());
                completed++;
                what = "run " + runs + (force ? " --force" : "") + ": completed";
            }
            long whole = StoreInspection.checkWhole(store, reference, what + " (" + context + ")");
            log.add(what + "; " + whole + " whole articles");
            force = whole == ARTICLES; // nothing left to resume: rewrite everything, so kills hit replacements
        }

        ChildDiplograph resume = ChildDiplograph.ingest(store, corpus, false);
        assertEquals(0, resume.waitFor(RUN_LIMIT_SECONDS), "final rerun: " + resume.tail());
        try (StoreInspection after = new StoreInspection(store)) {
            assertEquals(reference, after.triplesPerGraph(),
                    "after the final rerun the store equals a clean ingest, graph by graph (" + context + ")");
        }
        long triples = reference.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("crash safety: %d articles (%s; clean ingest %.1f s, CoreNLP loaded at %.1f s); %d kills "
                        + "survived (%d while loading, %d while working, %d aimed at a write; %d inside a write "
                        + "transaction, %d with a journal pending), %d runs ended by themselves, failures 0; final "
                        + "rerun = clean ingest: %d graphs, %d triples; seed %d%n",
                ARTICLES, source, cleanSeconds, loadSeconds, kills, byWhen[0], byWhen[1], byWhen[2], killsInWrite,
                killsWithJournal, completed, reference.size(), triples, seed);
        log.forEach(line -> System.out.println("  " + line));
    }

    private static void sleepSeconds(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }
}
