package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.diplograph.facts.Article;
import org.diplograph.facts.Span;

/** Test fixtures and the offset invariants every article must keep. */
final class Fixtures {
    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null)
                throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path projectDir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    /** The article's text is its region of the document, and its spans index the document. */
    static void assertOffsetsIndex(String document, Article a) {
        assertEquals(a.text(), document.substring(a.offset(), a.offset() + a.text().length()), "text region");
        assertSpan(document, a.titleSpan());
        assertSpan(document, a.datelineSpan());
    }

    private static void assertSpan(String document, Span span) {
        if (span != null)
            assertEquals(span.text(), document.substring(span.begin(), span.end()), "span " + span);
    }
}
