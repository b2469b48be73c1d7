package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.facts.Span;

/**
 * One line of a document: {@code [start, end)} in the document, without its "\n" or "\r\n".
 *
 * @param index   0-based line number
 * @param text    the line's characters, {@code document.substring(start, end)}
 */
record Line(int index, int start, int end, String text) {

    static List<Line> split(String document) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int newline = document.indexOf('\n', start);
            int stop = newline < 0 ? document.length() : newline;
            int end = stop > start && document.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            lines.add(new Line(lines.size(), start, end, document.substring(start, end)));
            if (newline < 0)
                return lines;
            start = newline + 1;
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
