package org.diplograph.extract.statements;

/**
 * A quote with no attribution of its own that goes on, in the same paragraph, from the quote just before
 * ("“…,” Rubio said. “We share …”") is another piece of that statement. Across a paragraph break no quote is
 * carried on: a quote that runs over paragraphs is left open at the break, and {@link Quotes} joins it already.
 */
final class Continuations {
    private Continuations() {
    }

    static void merge(QuotedTokens view, Attribution[] own) {
        for (int q = 1; q < own.length; q++) {
            Attribution previous = own[q - 1];
            QuoteParts parts = QuoteParts.of(view, q);
            if (own[q] != null || previous == null || !previous.direct || parts == null || !parts.candidate
                    || !parts.beforeIsEmpty() || !parts.afterIsEmpty())
                continue;
            QuoteParts before = QuoteParts.of(view, q - 1);
            boolean sameParagraph = view.paragraphOf(parts.quote.begin()) == view.paragraphOf(before.quote.end() - 1);
            if (sameParagraph && view.sentenceOf(parts.first) - view.sentenceOf(before.last) <= 1) {
                previous.pieces.add(new int[] {parts.quote.begin(), parts.quote.end()});
                own[q] = previous;
            }
        }
    }
}
