package org.diplograph.extract.text;

/** Small look-arounds over raw text, for rules that need the word before or after a match. */
public final class NeighbourWords {
    private NeighbourWords() {
    }

    /** The word (letters, digits, '.', '-') ending right before {@code index}, skipping spaces; null if none. */
    public static String previousWord(String text, int index) {
        int end = index;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        int begin = end;
        while (begin > 0 && isWordChar(text.charAt(begin - 1)))
            begin--;
        return begin == end ? null : text.substring(begin, end);
    }

    /** The word starting right after {@code index}, skipping spaces; null if none. */
    public static String nextWord(String text, int index) {
        int begin = index;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin)))
            begin++;
        int end = begin;
        while (end < text.length() && isWordChar(text.charAt(end)))
            end++;
        return begin == end ? null : text.substring(begin, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'';
    }
}
