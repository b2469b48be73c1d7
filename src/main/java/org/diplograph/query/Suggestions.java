package org.diplograph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the choices nearest to what a user typed, by edit distance, ignoring case. */
public final class Suggestions {
    /** Longer input is not compared: nobody mistypes 40 characters, and hostile input may be megabytes. */
    private static final int MAX_COMPARED = 40;

    private Suggestions() {
    }

    /**
     * The choices that start with what was typed, or else those nearest to it within a distance of a third of
     * its length (at least 1), nearest first; empty when none is near.
     */
    public static List<String> nearest(String typed, Collection<String> choices) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > MAX_COMPARED)
            return List.of();
        List<String> starting = choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(t)).toList();
        if (!starting.isEmpty() && t.length() >= 3)
            return starting;
        int limit = Math.max(1, t.length() / 3);
        int best = limit + 1;
        List<String> nearest = new ArrayList<>();
        for (String choice : choices) {
            int d = distance(t, choice.toLowerCase(Locale.ROOT), best);
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best)
                nearest.add(choice);
        }
        return best <= limit ? nearest : List.of();
    }

    /** "did you mean a or b?" for a message; empty when there is nothing to suggest. */
    public static String didYouMean(List<String> suggestions) {
        if (suggestions.isEmpty())
            return "";
        return "did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?";
    }

    /** Levenshtein distance, or any value over {@code bound} once it is certain to exceed it. */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound)
            return bound + 1;
        int[] previous = new int[b.length() + 1], current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound)
                return bound + 1;
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
