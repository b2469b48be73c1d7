package org.diplograph.ingest;

import java.util.Locale;
import java.util.Optional;

/** The formats a document may have, told by file extension or, failing that, by its first character. */
enum InputFormat {
    TEXT, HTML, JSON_LINES;

    /** By extension when it is a known one; otherwise (no or unknown extension, stdin) by content. */
    static InputFormat of(String fileName, byte[] head) {
        return byExtension(fileName).orElseGet(() -> sniff(head));
    }

    static Optional<InputFormat> byExtension(String fileName) {
        return switch (extension(fileName)) {
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "jsonl", "ndjson", "json" -> Optional.of(JSON_LINES);
            case "txt", "text" -> Optional.of(TEXT);
            default -> Optional.empty();
        };
    }

    /** A leading {@code <} means markup, a leading <code>{</code> JSON; anything else is text. */
    static InputFormat sniff(byte[] head) {
        TextDecoder.Encoding encoding = TextDecoder.Encoding.of(head);
        String start = new String(head, encoding.bomLength, head.length - encoding.bomLength, encoding.charset);
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (!TextDecoder.isSpace(c))
                return c == '<' ? HTML : c == '{' ? JSON_LINES : TEXT;
        }
        return TEXT;
    }

    /** Lower-case extension without the dot; "" when there is none (".profile" has none). */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
