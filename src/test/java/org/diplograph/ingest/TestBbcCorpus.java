package org.diplograph.ingest;

import org.diplograph.facts.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Real one-article files (headline, blank line, body) from the shared evaluation corpus, when it is present. */
class TestBbcCorpus {
    private static final int FILES_PER_TOPIC = 20;

    @Test
    void eachFileIsOneArticleTitledByItsFirstLine() throws IOException {
        String shared = System.getProperty("diplograph.shared");
        assumeTrue(shared != null, "diplograph.shared not set");
        Path corpus = Path.of(shared, "eval", "news", "bbc-fulltext");
        assumeTrue(Files.isDirectory(corpus), "no BBC corpus at " + corpus);

        for (String topic : List.of("politics", "business", "tech")) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(corpus.resolve(topic))) {
                files = listing.sorted().limit(FILES_PER_TOPIC).toList();
            }
            for (Path file : files) {
                CollectingSink sink = new CollectingSink();
                new ArticleSources().read(List.of(file.toString()), sink);
                Article a = sink.only();
                String firstLine = Files.readAllLines(file).get(0).strip();
                assertEquals(firstLine, a.title(), file.toString());
                Fixtures.assertOffsetsIndex(Files.readString(file), a);
            }
        }
    }
}
