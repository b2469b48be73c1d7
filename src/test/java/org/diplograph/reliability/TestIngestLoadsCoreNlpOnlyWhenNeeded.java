package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diplograph ingest} loads CoreNLP (seconds and gigabytes) only when an article gets as far as extraction
 * (issue 16): not when every input is unreadable or not English, nor when every article is already stored
 * unchanged. Each run is a JVM of its own, whose log says whether CoreNLP loaded.
 */
class TestIngestLoadsCoreNlpOnlyWhenNeeded {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");

    @Test
    void refusedAndUnchangedArticlesLoadNoModels(@TempDir Path dir) throws Exception {
        Path refused = Files.createDirectories(dir.resolve("refused"));
        for (String name : List.of("french.txt", "arabic.txt", "russian.txt", "empty.txt", "image-named-as-article.txt"))
            Files.copy(HOSTILE.resolve(name), refused.resolve(name));
        Path english = Files.createDirectories(dir.resolve("english"));
        Files.copy(Path.of("src/test/resources/ingest/single-dated.txt"), english.resolve("single-dated.txt"));
        Path store = dir.resolve("store");

        ChildDiplograph onlyRefused = ChildDiplograph.shortLived("ingest", "--store", store.toString(), refused.toString());
        assertEquals(1, onlyRefused.waitFor(300), onlyRefused.tail());
        double refusedSeconds = onlyRefused.secondsSinceStart();
        assertTrue(onlyRefused.output().contains("stored 0"), onlyRefused.tail());
        assertTrue(onlyRefused.output().contains("not English"), onlyRefused.tail());
        assertFalse(onlyRefused.loadSeconds() >= 0, "CoreNLP loaded for refused inputs:\n" + onlyRefused.tail());

        ChildDiplograph first = ChildDiplograph.shortLived("ingest", "--store", store.toString(), english.toString());
        assertEquals(0, first.waitFor(600), first.tail());
        double firstSeconds = first.secondsSinceStart();
        assertTrue(first.loadSeconds() >= 0, "an English article loads CoreNLP:\n" + first.tail());

        ChildDiplograph again = ChildDiplograph.shortLived("ingest", "--store", store.toString(), english.toString());
        assertEquals(0, again.waitFor(300), again.tail());
        double againSeconds = again.secondsSinceStart();
        assertTrue(again.output().contains("skipped 1"), again.tail());
        assertFalse(again.loadSeconds() >= 0, "CoreNLP loaded for an unchanged article:\n" + again.tail());
        System.out.printf("ingest without extraction: refused inputs %.1f s, unchanged article %.1f s; "
                + "with extraction %.1f s (CoreNLP loaded in %.1f s)%n", refusedSeconds, againSeconds, firstSeconds,
                first.loadSeconds());
    }
}
