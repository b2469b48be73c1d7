package org.diplograph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A character trie over phrases, for dictionary matching in one pass over the text instead of one regex per
 * entry. Keys are stored lower-cased; {@link #longestMatch} then decides on case: a phrase matches when the text
 * has it exactly as listed, or in all capitals (datelines, headlines) when it is longer than three letters, so
 * that "US" never matches "us". Typographic apostrophes match the typewriter one ("People’s Republic of China" is
 * not Taiwan's "Republic of China").
 */
public final class PhraseTrie<V> {
    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>();
        final List<Entry<V>> entries = new ArrayList<>(1);
    }

    /** A phrase as listed, and its value. */
    public record Entry<V>(String phrase, V value) {
    }

    /** A match of {@code entry} at {@code [begin, end)}. */
    public record Match<V>(int begin, int end, Entry<V> entry) {
    }

    private final Node<V> root = new Node<>();

    public void add(String phrase, V value) {
        Node<V> node = root;
        for (char c : phrase.toLowerCase(Locale.ROOT).toCharArray())
            node = node.next.computeIfAbsent(fold(c), k -> new Node<>());
        node.entries.add(new Entry<>(phrase, value));
    }

    /**
     * The longest phrase starting at {@code from} that ends on a word boundary, or null. Several values can share
     * a phrase; the first added wins.
     */
    public Match<V> longestMatch(CharSequence text, int from) {
        if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)))
            return null;
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < text.length(); i++) {
            node = node.next.get(fold(Character.toLowerCase(text.charAt(i))));
            if (node == null)
                break;
            int end = i + 1;
            if (!node.entries.isEmpty() && isBoundary(text, end)) {
                for (Entry<V> entry : node.entries) {
                    if (caseAgrees(text, from, end, entry.phrase())) {
                        best = new Match<>(from, end, entry);
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** All non-overlapping longest matches, scanning left to right from word starts. */
    public List<Match<V>> findAll(CharSequence text) {
        List<Match<V>> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match<V> match = longestMatch(text, i);
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    private static boolean isBoundary(CharSequence text, int end) {
        if (end >= text.length())
            return true;
        char c = text.charAt(end);
        // "U.S." ends in a period, which is also a boundary; "Russia's" ends at the apostrophe.
        return !Character.isLetterOrDigit(c);
    }

    /** The typewriter apostrophe for the typographic ones. */
    private static char fold(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\'' : c;
    }

    private static String fold(String s) {
        return s.indexOf('\u2019') < 0 && s.indexOf('\u2018') < 0 && s.indexOf('\u02BC') < 0 ? s
                : s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    private static boolean caseAgrees(CharSequence text, int begin, int end, String phrase) {
        String found = fold(text.subSequence(begin, end).toString());
        phrase = fold(phrase);
        if (found.equals(phrase))
            return true;
        if (phrase.length() > 3 && found.equals(phrase.toUpperCase(Locale.ROOT)))
            return true;
        // Sentence-initial capitalisation of a lower-case listed phrase.
        return Character.isLowerCase(phrase.charAt(0))
                && found.equals(Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
    }
}
