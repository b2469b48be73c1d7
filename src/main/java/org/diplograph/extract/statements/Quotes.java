package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of a text: “…”, "…", ‘…’, '…' and mixes of curly and straight marks. A quote
 * left open at a paragraph end continues when the next paragraph opens with a mark (the news convention for
 * quotes that run over paragraphs), and so does a quote one of whose sentences opens with a mark of its own
 * ("“S1. “S2,” he said", the same convention within a paragraph); otherwise it ends with its paragraph. Marks
 * inside a quote nest one level
 * (single in double, or the other style). Apostrophes ("don't", "Clinton’s", "’90s") are not marks.
 */
public final class Quotes {
    private Quotes() {
    }

    /** A quotation {@code [begin, end)} including its marks; {@code closed} is false when it ended with its paragraph. */
    public record Quote(int begin, int end, boolean closed) {
    }

    public static List<Quote> find(String original) {
        // '' (two apostrophes) is a double mark in some styles: read it as " followed by a non-mark
        String text = original.replace("''", "\"\u2060");
        List<Quote> quotes = new ArrayList<>();
        int open = -1;             // start of the current top-level quote, or -1
        boolean outerDouble = false;
        Boolean inner = null;      // kind of the open inner quote (true: double), or null
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                int next = skipSpace(text, i);
                inner = null;
                if (next < text.length() && isDouble(text.charAt(next)) == outerDouble && opens(text, next)) {
                    i = next;      // the quote goes on in the next paragraph
                    continue;
                }
                if (outerDouble)   // an unclosed single mark at a paragraph end was an apostrophe
                    quotes.add(new Quote(open, trimEnd(text, i), false));
                open = -1;
                continue;
            }
            if (!isMark(c))
                continue;
            boolean dbl = isDouble(c);
            if (open < 0) {
                if (opens(text, i) && (dbl || closesLater(text, i))) {
                    open = i;
                    outerDouble = dbl;
                }
            } else if (inner != null) {
                if (closes(text, i) && dbl == inner)
                    inner = null;
                else if (closes(text, i) && dbl == outerDouble && !opens(text, i)) {
                    quotes.add(new Quote(open, end(text, i), true)); // the inner one was never closed
                    open = -1;
                    inner = null;
                }
            } else if (dbl == outerDouble && closes(text, i) && (dbl || !possessiveS(text, i))) {
                quotes.add(new Quote(open, end(text, i), true));
                open = -1;
            } else if (dbl == outerDouble && opens(text, i) && afterSentenceEnd(text, i)) {
                continue;   // “S1. “S2. S3,” he said: a mark that opens each sentence of a quote running on
            } else if (opens(text, i) && (dbl || closesLater(text, i))) {
                inner = dbl;
            }
        }
        if (open >= 0 && outerDouble)
            quotes.add(new Quote(open, trimEnd(text, text.length()), false));
        return quotes;
    }

    /** Whether the mark at {@code i} follows the end of a sentence: "… hope. “Labour is …". */
    private static boolean afterSentenceEnd(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ')
            j--;
        return j >= 0 && j < i - 1 && ".?!".indexOf(text.charAt(j)) >= 0;
    }

    /** End of the mark at {@code i}: after both apostrophes of ''. */
    private static int end(String text, int i) {
        return i + 1 < text.length() && text.charAt(i + 1) == '\u2060' ? i + 2 : i + 1;
    }

    static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\'' || c == '«' || c == '»';
    }

    static boolean isDouble(char c) {
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»';
    }

    /** An opening position: after space, start or an opening bracket/dash/mark, before a non-space. */
    static boolean opens(String text, int i) {
        char c = text.charAt(i);
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (c == '”' || c == '»')  // a wrong-way mark opens only at a line start: ”Mr. Trump …
            return (i == 0 || before == '\n') && Character.isLetter(after);
        if (Character.isWhitespace(after))
            return false;
        if (c == '“' || c == '«')
            return true;
        boolean boundary = Character.isWhitespace(before) || "([{—–-/:“\"‘'".indexOf(before) >= 0;
        if (!boundary)
            return false;
        // ’90s, 'em: an elided start, not a mark
        return !((c == '’' || c == '\'') && (Character.isDigit(after) || text.startsWith("em ", i + 1)));
    }

    /** A closing position: after a non-space, and not inside a word (don't, Clinton’s). */
    static boolean closes(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '«')
            return false;
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isWhitespace(before))
            return false;
        return isDouble(c) || !Character.isLetterOrDigit(after);
    }

    /** For single marks: is there a closing single mark later in the same paragraph? */
    private static boolean closesLater(String text, int i) {
        for (int j = i + 1; j < text.length() && text.charAt(j) != '\n'; j++) {
            char c = text.charAt(j);
            if ((c == '’' || c == '\'') && closes(text, j) && !possessiveS(text, j))
                return true;
        }
        return false;
    }

    /** "leaders’ views": a plural possessive, followed by a lower-case word. */
    private static boolean possessiveS(String text, int j) {
        return j > 0 && text.charAt(j - 1) == 's' && j + 2 < text.length() && text.charAt(j + 1) == ' '
                && Character.isLowerCase(text.charAt(j + 2));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i)))
            i++;
        return i;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        return end;
    }
}
