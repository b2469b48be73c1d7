package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.io.FileUtils;

import org.diplograph.reliability.StoreInspection.CliRun;

/**
 * A folder of short real articles ({@link CrashCorpus}: BBC news cut to their first paragraphs) and what a clean
 * {@code diplograph ingest} of it, run in this JVM into a store of its own, stores: the reference the serve tests
 * compare a store with after a load or a kill. Tests only read it.
 */
record CleanIngest(Path corpus, String source, Map<String, Long> triplesPerGraph) {
    /** About this many characters of each article: the tests are about the store, not about extraction. */
    private static final int ARTICLE_CHARS = 600;
    private static final Map<Integer, CleanIngest> MADE = new HashMap<>();

    /** The corpus of {@code articles} articles and its clean ingest, made once per JVM in a temp folder. */
    static synchronized CleanIngest of(int articles) throws IOException {
        CleanIngest made = MADE.get(articles);
        if (made == null) {
            Path dir = Files.createTempDirectory("diplograph-clean-ingest");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileUtils.deleteQuietly(dir.toFile())));
            made = make(dir, articles);
            MADE.put(articles, made);
        }
        return made;
    }

    private static CleanIngest make(Path dir, int articles) throws IOException {
        Path corpus = dir.resolve("corpus");
        String source = CrashCorpus.write(corpus, articles, ARTICLE_CHARS);
        Path store = dir.resolve("clean");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), corpus.toString());
        assertEquals(0, ingest.exit(), "clean ingest: " + ingest.out() + ingest.err());
        Map<String, Long> triples;
        try (StoreInspection clean = new StoreInspection(store)) {
            triples = clean.triplesPerGraph();
        }
        CleanIngest made = new CleanIngest(corpus, source, triples);
        assertEquals(articles, made.articleGraphs(), "a clean ingest stores one graph per article");
        return made;
    }

    long articleGraphs() {
        return triplesPerGraph.keySet().stream().filter(g -> !StoreInspection.isReferenceGraph(g)).count();
    }

    long triples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
