package org.diplograph.ingest;

import org.diplograph.facts.Article;

import static org.diplograph.ingest.Fixtures.assertOffsetsIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TestJsonLinesReader {
    private static CollectingSink read(byte[] bytes, int maxLineBytes) throws IOException {
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader(maxLineBytes).read(new ByteArrayInputStream(bytes), "feed.jsonl", sink);
        sink.articles.forEach(a -> assertOffsetsIndex(a.text(), a));
        return sink;
    }

    private static CollectingSink read(String document, int maxLineBytes) throws IOException {
        return read(document.getBytes(StandardCharsets.UTF_8), maxLineBytes);
    }

    @Test
    void badLinesAreReportedAndTheRestIsRead() throws IOException {
        CollectingSink sink = read(Fixtures.resource("feed.jsonl"), 10_000);

        assertEquals(List.of("line 3", "line 4"), sink.problems.stream().map(ReadProblem::location).toList());
        assertTrue(sink.problems.get(0).message().startsWith("not valid JSON at column"), sink.problems.get(0).message());
        assertTrue(sink.problems.get(1).message().contains("\"text\""));

        assertEquals(2, sink.articles.size());
        Article iceland = sink.articles.get(0);
        assertEquals("line 1", iceland.location());
        assertEquals("https://news.example.org/arctic-pact", iceland.source());
        assertEquals("https://news.example.org/arctic-pact", iceland.url());
        assertEquals(LocalDate.of(2024, 4, 2), iceland.published());
        assertEquals("Example News", iceland.publisher());
        assertEquals(0, iceland.titleSpan().begin());
        assertEquals("REYKJAVIK", iceland.dateline());
        assertEquals(0, iceland.offset());

        Article ghana = sink.articles.get(1);
        assertEquals("line 5", ghana.location());
        assertEquals("feed.jsonl", ghana.source());
        assertEquals("Ghana and Togo reopen a border crossing", ghana.title());
        assertNull(ghana.titleSpan(), "the title is not part of the text");
        assertNull(ghana.published(), "\"last Tuesday\" is not an ISO date");
    }

    @Test
    void textIsKeptExactlyAsInTheField() throws IOException {
        Article a = read("{\"text\": \"  Two envoys met.\\r\\nThey spoke.  \"}\r\n", 1000).only();
        assertEquals("  Two envoys met.\r\nThey spoke.  ", a.text());
    }

    @Test
    void streamsLineByLine() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++)
            lines.append("{\"text\": \"Dispatch number ").append(i).append(" from the embassy.\"}\n");
        boolean[] exhausted = {false};
        InputStream in = new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                int n = super.read(buffer, offset, length);
                exhausted[0] |= n < 0;
                return n;
            }
        };
        CollectingSink sink = new CollectingSink() {
            @Override
            public void article(Article article) {
                if (articles.isEmpty())
                    assertFalse(exhausted[0], "first article delivered before the input was read to its end");
                super.article(article);
            }
        };
        new JsonLinesReader(10_000).read(in, "big.jsonl", sink);
        assertEquals(2000, sink.articles.size());
    }

    @Test
    void overlongLineIsSkippedNotBuffered() throws IOException {
        String doc = "{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"Short dispatch.\"}\n";
        CollectingSink sink = read(doc, 100);
        assertEquals("line 1", sink.problems.get(0).location());
        assertEquals("line longer than 100 bytes; skipped", sink.problems.get(0).message());
        assertEquals("Short dispatch.", sink.articles.get(0).text());
    }

    @Test
    void prettyPrintedJsonIsOneProblem() throws IOException {
        CollectingSink sink = read("{\n  \"text\": \"A dispatch.\"\n}\n", 1000);
        assertTrue(sink.onlyProblem().message().startsWith("pretty-printed JSON"));
    }

    @Test
    void invalidUtf8CostsOnlyItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\": \"First dispatch.\"}\n{\"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 e-acute
        bytes.writeBytes("\"}\n{\"text\": \"Third dispatch.\"}\n".getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = read(bytes.toByteArray(), 1000);
        assertEquals(List.of("First dispatch.", "Third dispatch."), sink.articles.stream().map(Article::text).toList());
        assertEquals("line 2", sink.problems.get(0).location());
        assertEquals("not valid UTF-8 at byte 13 of the line; re-encode the file as UTF-8", sink.problems.get(0).message());
    }

    @Test
    void blankFileIsAProblem() throws IOException {
        assertEquals("whitespace only", read("\n  \n\n", 1000).onlyProblem().message());
    }
}
