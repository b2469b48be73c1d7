package org.diplograph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.facts.Article;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the article readers through their public entry point, {@link ArticleSources#read}: any bytes, as a
 * .txt, .html, .jsonl file or one without extension (format sniffed). Bad input must come out as
 * {@link ReadProblem}s naming the file, never as an exception; every article has text. Under {@code mvn verify}
 * this replays the inputs in {@code src/test/resources/org/diplograph/reliability/FuzzArticleReadersInputs/};
 * with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} (see docs/RELIABILITY.md).
 */
class FuzzArticleReaders {
    private static final String[] EXTENSIONS = {".txt", ".html", ".jsonl", ""};
    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "60s")
    void readersReportBadInputAndNeverThrow(FuzzedDataProvider data) throws IOException {
        String extension = data.pickValue(EXTENSIONS);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.write(DIR.resolve("input" + extension), bytes);
        String path = file.toString();
        new ArticleSources().read(List.of(path), new ArticleSink() {
            @Override
            public void article(Article article) {
                if (article.text().isBlank())
                    throw new AssertionError("an article without text from " + article.describe());
                if (!article.path().equals(path) || article.offset() < 0)
                    throw new AssertionError("bad path or offset: " + article);
                if (article.titleSpan() != null && !article.titleSpan().text().equals(article.title()))
                    throw new AssertionError("title span " + article.titleSpan() + " is not the title " + article.title());
            }

            @Override
            public void problem(ReadProblem problem) {
                if (!problem.path().equals(path))
                    throw new AssertionError("problem does not name the file: " + problem);
                if (problem.message().isBlank() || problem.message().contains("\n"))
                    throw new AssertionError("problem is not one line: " + problem);
            }
        });
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("diplograph-fuzz-readers");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (String extension : EXTENSIONS)
                    dir.resolve("input" + extension).toFile().delete();
                dir.toFile().delete();
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
