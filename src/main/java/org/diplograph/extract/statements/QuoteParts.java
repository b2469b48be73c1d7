package org.diplograph.extract.statements;

/**
 * A quote and the words around it in its sentence and paragraph: the part before it and the part after it,
 * up to the next quote. Attribution rules read these parts.
 */
final class QuoteParts {
    final Quotes.Quote quote;
    final int first, last;           // tokens of the quote, marks included
    final int beforeBegin;           // first token of the part before (== first when empty)
    final int afterBegin, afterEnd;  // the part after: [afterBegin, afterEnd)
    /** Long enough, or with a verb, to be a statement rather than a scare quote or a title. */
    final boolean candidate;
    private final QuotedTokens view;
    static final java.util.Set<String> DASHES = java.util.Set.of("--", "—", "―", "–", "-");

    private QuoteParts(QuotedTokens view, Quotes.Quote quote, int first, int last) {
        this.view = view;
        this.quote = quote;
        this.first = first;
        this.last = last;
        int paragraph = view.paragraphOf(quote.begin());
        int b = view.sentenceStart(view.sentenceOf(first));
        while (b < first && (view.paragraphOfToken(b) != paragraph))
            b++;
        // an opening mark the splitter left at the end of the sentence before ("integration. ''That's …")
        beforeBegin = view.sentenceOf(first) != view.sentenceOf(first + 1) ? first : b;
        int endParagraph = view.paragraphOf(quote.end() - 1);
        int e = last + 1, limit = view.sentenceEnd(view.sentenceOf(last));
        // a closing mark the tokenizer took for an opening one, so the splitter began the next sentence with it
        // ("… unravel further." | "The government wants …"): what follows is that next sentence, not the quote's
        boolean markSplit = last > first && view.sentenceStart(view.sentenceOf(last)) == last;
        if (markSplit && !(e < limit && attributionStarts(view, e, endsSentence(view, last))))
            limit = e;
        afterBegin = e;
        while (e < limit && view.quoteOf(e) < 0 && view.paragraphOfToken(e) == endParagraph)
            e++;
        if (e == afterBegin && e < view.tokens.size() && view.paragraphOfToken(e) == endParagraph
                && attributionStarts(view, e, endsSentence(view, last)))  // "“You winning?” she said": the splitter ended the sentence at "?”"
            for (limit = view.sentenceEnd(view.sentenceOf(e)); e < limit && view.paragraphOfToken(e) == endParagraph
                    && view.quoteOf(e) < 0; )
                e++;
        // "“…” And continued: “…”": a sentence of its own after the quote, ending in a colon before the next
        // quote, introduces that quote
        boolean ownSentence = markSplit || afterBegin < view.tokens.size()
                && view.sentenceStart(view.sentenceOf(afterBegin)) == afterBegin;
        if (ownSentence && e > afterBegin && e < view.tokens.size() && view.quoteOf(e) >= 0
                && view.word(e - 1).equals(":"))
            e = afterBegin;
        afterEnd = e;
        int words = 0;
        boolean verb = false;
        for (int t = first; t <= last; t++) {
            if (!view.isPunct(t))
                words++;
            verb |= view.isVerb(t);
        }
        candidate = words >= 6 || verb && words >= 2;
    }

    /**
     * Does the sentence at {@code t} open with an attribution: a dash, a lower-case word, or a cue near its start?
     * After a quote that ends its own sentence with a full stop (“… the law.”) the cue must end the sentence too
     * (“… transformations.” Director Kratsios said.): news writes “…,” X said, so a sentence that goes on past its
     * cue is the next one (“… the law.” Phil Jones said it was …).
     */
    private static boolean attributionStarts(QuotedTokens view, int t, boolean afterFullStop) {
        String w = view.word(t);
        if (DASHES.contains(w) || Character.isLowerCase(w.charAt(0)))
            return true;
        int sentenceEnd = view.sentenceEnd(view.sentenceOf(t)), end = Math.min(sentenceEnd, t + 7);
        for (int u = t; u < end && view.quoteOf(u) < 0; u++) {
            if (ReportingWords.isSpeech(view.token(u)))
                return !afterFullStop || endsAt(view, u + 1, sentenceEnd);
            if (view.isVerb(u))
                return false;
        }
        return false;
    }

    /** Whether nothing but a few words without a verb follow {@code from} in its sentence: "said.", "said on Monday.". */
    private static boolean endsAt(QuotedTokens view, int from, int sentenceEnd) {
        int words = 0;
        for (int u = from; u < sentenceEnd; u++) {
            if (view.isVerb(u) || view.quoteOf(u) >= 0)
                return false;
            if (!view.isPunct(u))
                words++;
        }
        return words <= 4;
    }

    /** Whether the quote whose closing mark is token {@code last} ends with a full stop inside its marks. */
    private static boolean endsSentence(QuotedTokens view, int last) {
        return last > 0 && view.word(last - 1).equals(".");
    }

    /** The parts of quote {@code q}, or null when it holds no words. */
    static QuoteParts of(QuotedTokens view, int q) {
        Quotes.Quote quote = view.quotes.get(q);
        int first = view.tokenAt(quote.begin());
        int last = view.tokenAt(quote.end()) - 1;
        return last > first ? new QuoteParts(view, quote, first, last) : null;
    }

    boolean beforeIsEmpty() {
        for (int t = beforeBegin; t < first; t++)
            if (!view.isPunct(t))
                return false;
        return true;
    }

    /** Only a short lead-in before the quote: "As for complexity, “…”", "But “…”". */
    boolean beforeIsLeadIn() {
        int words = 0;
        for (int t = beforeBegin; t < first; t++) {
            if (view.isVerb(t) || view.quoteOf(t) >= 0)
                return false;
            if (!view.isPunct(t))
                words++;
        }
        String last = first > beforeBegin ? view.word(first - 1) : "";
        return words <= 5 && (last.equals(",") || words == 1 && view.tag(beforeBegin).equals("CC"));
    }

    boolean afterIsEmpty() {
        for (int t = afterBegin; t < afterEnd; t++)
            if (!view.isPunct(t))
                return false;
        return true;
    }

    /** The first token of the sentence right before the quote when that sentence ends with ':', else -1. */
    int previousSentenceBefore() {
        int t = beforeBegin - 1;
        while (t >= 0 && view.isPunct(t) && !view.word(t).equals(":"))
            t--;
        if (t < 0 || !view.word(t).equals(":") || view.quoteOf(t) >= 0)
            return -1;
        int start = view.sentenceStart(view.sentenceOf(t));
        int paragraph = view.paragraphOfToken(t);
        while (start < t && view.paragraphOfToken(start) != paragraph)
            start++;
        return start;
    }
}
