package org.diplograph.facts;

import java.util.Objects;

/**
 * A stretch of source text: {@code [begin, end)} as Java {@code String} indexes into the decoded text of the
 * file (or JSON line, or HTML body) the article was read from, and the characters found there.
 */
public record Span(int begin, int end, String text) {
    public Span {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
    }

    /** The span {@code [begin, end)} of {@code document}. */
    public static Span of(String document, int begin, int end) {
        return new Span(begin, end, document.substring(begin, end));
    }

    /** This span moved by {@code delta} characters, for local offsets that must index a larger document. */
    public Span shift(int delta) {
        return delta == 0 ? this : new Span(begin + delta, end + delta, text);
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }
}
