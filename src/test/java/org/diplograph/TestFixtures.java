package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;
import org.diplograph.pipeline.IngestJob;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.pipeline.IngestSummary;
import org.diplograph.pipeline.ProgressListener;
import org.diplograph.store.GraphStore;

/**
 * What many tests share, built once per test JVM: the standard extractor (CoreNLP loads once), the seed articles
 * and their facts, and a TDB2 store in a temp folder holding them.
 */
public final class TestFixtures {
    public static final Path SEED = Path.of("data/articles/arabnews-seed.txt");

    private static Extractor extractor;
    private static List<ArticleFacts> seedFacts;
    private static Path seedStoreDir;
    private static IngestSummary seedSummary;

    private TestFixtures() {
    }

    public static synchronized Extractor extractor() {
        if (extractor == null)
            extractor = Extractor.standard();
        return extractor;
    }

    public static List<Article> read(String... paths) {
        List<Article> articles = new java.util.ArrayList<>();
        new ArticleSources().read(List.of(paths), new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new AssertionError("unexpected read problem: " + problem);
            }
        });
        return articles;
    }

    public static synchronized List<ArticleFacts> seedFacts() {
        if (seedFacts == null)
            seedFacts = read(SEED.toString()).stream().map(extractor()::extract).toList();
        return seedFacts;
    }

    /** A TDB2 store in a temp folder with the seed ingested; tests must not write to it. */
    public static synchronized Path seedStore() {
        if (seedStoreDir == null) {
            try {
                seedStoreDir = Files.createTempDirectory("diplograph-seed-store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (GraphStore store = GraphStore.embedded(seedStoreDir)) {
                seedSummary = new IngestJob(extractor(), store, IngestOptions.defaults(), ProgressListener.NONE)
                        .run(List.of(SEED.toString()));
            }
        }
        return seedStoreDir;
    }

    public static synchronized IngestSummary seedSummary() {
        seedStore();
        return seedSummary;
    }

    /** A folder of the shared evaluation data ({@code ../shared/eval/NAME}), if present on this machine. */
    public static Optional<Path> sharedEval(String name) {
        Path base = Path.of(System.getProperty("diplograph.shared", "../shared"), "eval", name);
        return Files.isDirectory(base) ? Optional.of(base) : Optional.empty();
    }
}
