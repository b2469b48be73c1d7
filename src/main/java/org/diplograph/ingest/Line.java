package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.facts.Span;

/**
 * One line of a document: {@code [start, end)} in the document, without its "\n", "\r\n" or "\r".
 *
 * @param index   0-based line number
 * @param text    the line's characters, {@code document.substring(start, end)}
 */
record Line(int index, int start, int end, String text) {

    /** Splits at "\n", "\r\n" and a lone "\r" (old Mac files, some scrapers), so each ending is one break. */
    static List<Line> split(String document) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int stop = start;
            while (stop < document.length() && document.charAt(stop) != '\n' && document.charAt(stop) != '\r')
                stop++;
            lines.add(new Line(lines.size(), start, stop, document.substring(start, stop)));
            if (stop == document.length())
                return lines;
            boolean crlf = document.charAt(stop) == '\r' && stop + 1 < document.length()
                    && document.charAt(stop + 1) == '\n';
            start = stop + (crlf ? 2 : 1);
        }
    }

    boolean isBlank() {
        return TextDecoder.isBlank(text);
    }

    /** The line without surrounding spaces (no-break spaces included). */
    String content() {
        return text.substring(contentStart() - start, contentEnd() - start);
    }

    /** Where {@link #content()} lies in the document. */
    Span contentSpan(String document) {
        return Span.of(document, contentStart(), contentEnd());
    }

    private int contentStart() {
        int i = 0;
        while (i < text.length() && TextDecoder.isSpace(text.charAt(i)))
            i++;
        return start + i;
    }

    private int contentEnd() {
        int i = text.length();
        while (i > 0 && TextDecoder.isSpace(text.charAt(i - 1)))
            i--;
        return start + Math.max(i, contentStart() - start);
    }
}
