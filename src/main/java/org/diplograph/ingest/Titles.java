package org.diplograph.ingest;

import org.diplograph.facts.Span;

/** Where a title given apart from the text (a JSON field, an HTML meta tag) appears in that text, if it does. */
final class Titles {
    private Titles() {
    }

    /**
     * The title's span when the text opens with it (after spaces); null otherwise. Only the opening counts: the
     * same words further down are a mention, not the headline.
     */
    static Span atStart(String text, String title) {
        if (title == null || title.isEmpty())
            return null;
        int start = 0;
        while (start < text.length() && TextDecoder.isSpace(text.charAt(start)))
            start++;
        return text.startsWith(title, start) ? Span.of(text, start, start + title.length()) : null;
    }
}
