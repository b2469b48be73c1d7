package org.diplograph.extract.statements;

import java.util.Locale;
import java.util.Set;

/**
 * The words of a time adjunct around a reporting verb or a speaker ("said on Tuesday", "the spokesman earlier this
 * week said", "but on Wednesday said"): times found by the time stage, adverbs, "last"/"this"/"next" with a unit (also
 * where an article without a date leaves them unresolved), and "on", "in", "at", "during" before one of those. The
 * word-order rules skip them; one list, so that a speaker phrase and a statement end at the same words.
 */
final class TimeWords {
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during");
    /** Units that {@link #MODIFIERS} make a time of. */
    private static final Set<String> UNITS = Set.of("week", "month", "year", "weekend", "morning", "afternoon",
            "evening", "night", "day", "quarter", "time");
    /** Words that make a time of the unit after them. */
    private static final Set<String> MODIFIERS = Set.of("last", "this", "next");
    private static final Set<String> WORDS = Set.of("earlier", "later", "recently", "also", "yesterday", "today",
            "again", "publicly", "repeatedly", "previously", "then");

    private TimeWords() {
    }

    /** Whether token {@code t}, in a stretch ending at {@code end}, belongs to a time adjunct. */
    static boolean at(QuotedTokens view, int t, int end) {
        String w = view.word(t).toLowerCase(Locale.ROOT);
        if (view.isTime(t) || view.tag(t).startsWith("RB") && !w.equals("not"))
            return true;
        if (PREPOSITIONS.contains(w))   // "on Tuesday", not "on Twitter" nor "in on"
            return t + 1 < end && !PREPOSITIONS.contains(view.word(t + 1).toLowerCase(Locale.ROOT)) && at(view, t + 1, end);
        if (UNITS.contains(w))
            return t > 0 && MODIFIERS.contains(view.word(t - 1).toLowerCase(Locale.ROOT));
        if (MODIFIERS.contains(w))   // "last week", not "said this was …"
            return t + 1 < end && (view.isTime(t + 1) || UNITS.contains(view.word(t + 1).toLowerCase(Locale.ROOT)));
        return WORDS.contains(w) && !view.inName(t);
    }

    /** The first token from {@code t} that is not part of a time adjunct, not past {@code end}. */
    static int skip(QuotedTokens view, int t, int end) {
        while (t < end && at(view, t, end))
            t++;
        return t;
    }
}
