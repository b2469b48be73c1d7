package org.diplograph.extract.statements;

/**
 * "According to X, C" and "C, according to X": the source is the noun phrase after "according to", the content
 * the rest of the sentence (both sides when the phrase sits in the middle, the part before when it ends it).
 */
final class According {
    private final QuotedTokens view;
    private final SurfacePhrases surface;

    According(QuotedTokens view) {
        this.view = view;
        this.surface = new SurfacePhrases(view);
    }

    /** The attribution of "according" at token {@code t}, or null. */
    Attribution at(int t) {
        if (t + 1 >= view.tokens.size() || !view.word(t + 1).equalsIgnoreCase("to"))
            return null;
        int sentence = view.sentenceOf(t);
        int start = view.sentenceStart(sentence), end = view.sentenceEnd(sentence);
        int[] source = surface.after(t + 2, end);
        if (source == null)
            return null;
        int[] before = trim(start, t);
        int afterFrom = source[1];
        while (afterFrom < end && !view.word(afterFrom).equals(",") && !view.isPunct(afterFrom))
            afterFrom++;  // the rest of the source phrase ("X, who …" stays out)
        int[] after = trim(afterFrom, end);
        Attribution a;
        if (before != null)
            a = new Attribution(view.begin(before[0]), view.end(before[1] - 1), false, "reported/according-to", 0.75);
        else if (after != null)
            a = new Attribution(view.begin(after[0]), view.end(after[1] - 1), false, "reported/according-to", 0.75);
        else
            return null;
        if (before != null && after != null && view.word(afterFrom).equals(","))
            a.pieces.add(new int[] {view.begin(after[0]), view.end(after[1] - 1)});
        return a.cue(t, t + 2).source(source[0], source[1], source[2]);
    }

    /** [begin, end) without edge punctuation, or null when no word is left. */
    private int[] trim(int begin, int end) {
        while (begin < end && view.isPunct(begin) && view.quoteOf(begin) < 0)
            begin++;
        while (end > begin && view.isPunct(end - 1) && view.quoteOf(end - 1) < 0)
            end--;
        return end - begin >= 2 ? new int[] {begin, end} : null;
    }
}
