package org.diplograph.extract.nlp;

/**
 * Hides runs of non-space characters too long to be words from the tokenizer. CoreNLP's lexer backtracks over such
 * runs in quadratic time (8,000 characters of {@code a"a"a"...} take ten seconds, 200,000 would take hours and do
 * not stop when interrupted). No word, name or URL worth extracting is that long, so each such run is replaced by
 * spaces of the same length: every offset into the text stays valid, and the run yields no tokens.
 */
final class OverlongTokens {
    /** Longer than any word or ordinary URL; short enough that the lexer's worst case stays in milliseconds. */
    static final int MAX_CHARS = 256;

    private OverlongTokens() {
    }

    /** {@code text} with each whitespace-free run over {@link #MAX_CHARS} blanked; {@code text} itself if none. */
    static String blank(String text) {
        StringBuilder out = null;
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !Character.isWhitespace(text.charAt(i)))
                continue;
            if (i - runStart > MAX_CHARS) {
                if (out == null)
                    out = new StringBuilder(text);
                for (int k = runStart; k < i; k++)
                    out.setCharAt(k, ' ');
            }
            runStart = i + 1;
        }
        return out == null ? text : out.toString();
    }
}
