package org.diplograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.diplograph.facts.Article;
import org.diplograph.facts.Span;

/**
 * Reads JSON Lines: one object per line with {@code text} (required) and optional {@code title}, {@code url},
 * {@code published} (ISO date or date-time; anything else is ignored) and {@code publisher}. Each line becomes one
 * article whose document is its {@code text} string (offset 0). A bad line (not JSON, no text, invalid UTF-8, too
 * long) is reported as "line N" and skipped. Streams: only one line is held at a time, however large the file.
 * JSON Lines is UTF-8 by definition, so lines are split as bytes and each is decoded strictly on its own.
 */
final class JsonLinesReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final int MAX_MESSAGE_CHARS = 160;
    /** A file whose first this many lines hold no article is not JSON Lines: the rest is skipped, not reported. */
    static final int MAX_BAD_LINES_BEFORE_ANY_ARTICLE = 1000;

    private final int maxLineBytes;

    JsonLinesReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads UTF-8 JSON Lines from {@code in}, which must be positioned after any byte order mark. */
    void read(InputStream in, String path, ArticleSink sink) throws IOException {
        BoundedLines lines = new BoundedLines(in, maxLineBytes);
        boolean seenContent = false;
        boolean anyArticle = false;
        int badLines = 0;
        for (BoundedLines.RawLine line; (line = lines.next()) != null; ) {
            if (!anyArticle && badLines >= MAX_BAD_LINES_BEFORE_ANY_ARTICLE) {
                sink.problem(new ReadProblem(path, "line " + line.number(), "no article in the first " + badLines
                        + " lines: is this JSON Lines? the rest of the file is skipped"));
                return;
            }
            String location = "line " + line.number();
            String text = decoded(line, path, location, sink);
            if (text == null) {
                seenContent = true;
                badLines++;
                continue;
            }
            if (text.isBlank())
                continue;
            if (!seenContent && isPrettyPrinted(text)) {
                sink.problem(new ReadProblem(path, location, "pretty-printed JSON, not JSON Lines; "
                        + "put one JSON object on each line"));
                return;
            }
            seenContent = true;
            if (readLine(text, path, location, sink))
                anyArticle = true;
            else
                badLines++;
        }
        if (!seenContent)
            sink.problem(new ReadProblem(path, "", "whitespace only"));
    }

    /** The line as text, or null after reporting why it cannot be had. */
    private String decoded(BoundedLines.RawLine line, String path, String location, ArticleSink sink) {
        if (line.tooLong()) {
            sink.problem(new ReadProblem(path, location,
                    "line longer than " + ByteSizes.describe(maxLineBytes) + "; skipped"));
            return null;
        }
        try {
            return TextDecoder.decodeLine(line.bytes());
        } catch (IngestException e) {
            sink.problem(new ReadProblem(path, location, e.getMessage()));
            return null;
        }
    }

    /** Reads one line into {@code sink}: true for an article, false for a problem. */
    private static boolean readLine(String line, String path, String location, ArticleSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.problem(new ReadProblem(path, location, "not valid JSON at column "
                    + e.getLocation().getColumnNr() + ": " + shorten(e.getOriginalMessage())));
            return false;
        }
        if (!node.isObject()) {
            sink.problem(new ReadProblem(path, location, "not a JSON object"));
            return false;
        }
        JsonNode textNode = node.get("text");
        String text = textNode != null && textNode.isTextual() ? textNode.asText() : null; // unstripped: offsets index it
        if (text == null || text.isBlank()) {
            sink.problem(new ReadProblem(path, location, "no \"text\" string, or it is empty"));
            return false;
        }
        String title = string(node, "title");
        String url = string(node, "url");
        Span titleSpan = Titles.atStart(text, title);
        Optional<Span> dateline = Datelines.find(text, titleSpan == null ? 0 : titleSpan.end());
        sink.article(new Article(url != null ? url : path, path, location, url, title, titleSpan,
                PublicationDates.parseIso(string(node, "published")), string(node, "publisher"),
                Datelines.text(dateline), dateline.orElse(null), text, 0));
        return true;
    }

    /** A non-blank string field, else null (numbers and objects are not coerced). */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** "{" or "[" alone on the first line: a whole JSON document, which would fail on every line. */
    private static boolean isPrettyPrinted(String firstLine) {
        String t = firstLine.strip();
        return t.equals("{") || t.equals("[");
    }

    private static String shorten(String message) {
        String first = message.lines().findFirst().orElse("");
        return first.length() <= MAX_MESSAGE_CHARS ? first : first.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
}
