package org.diplograph.extract.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.TimeFact;

/**
 * The date a sentence gives a meeting: the nearest resolved date expression attached to the trigger. A date
 * opening the sentence ("On March 14, ...", "In April, ...") belongs to its main clause; any other must stand in
 * the trigger's clause with no other finite verb in between ("... Maduro's capture last month" is not the date
 * of a summit named earlier in the sentence).
 */
public final class EventDates {
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final int MAX_DISTANCE = 15;

    private EventDates() {
    }

    /** A TIMEX value reduced to a calendar value (day, month, year or week), or null if it is not one. */
    public static String calendar(String value) {
        if (value == null)
            return null;
        Matcher m = CALENDAR.matcher(value);
        if (m.matches())
            return m.group(1);
        return WEEK.matcher(value).matches() ? value : null;
    }

    public static String inSentence(ArticleIndex index, Sentence s, int trigger) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ArticleIndex.Mention<TimeFact> m : ArticleIndex.within(index.times(), s.begin(), s.end())) {
            String value = calendar(m.fact().value());
            int a = s.tokenFrom(m.begin()), b = s.tokenUntil(m.end());
            if (value == null || a < 0 || b < a || !attached(s, a, b, trigger))
                continue;
            int distance = b < trigger ? trigger - b : a - trigger;
            if (distance < bestDistance) {
                best = value;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** True if the sentence has any date expression, resolved or not, attached to the trigger. */
    public static boolean mentionsTime(ArticleIndex index, Sentence s, int trigger) {
        for (ArticleIndex.Mention<TimeFact> m : ArticleIndex.within(index.times(), s.begin(), s.end())) {
            int a = s.tokenFrom(m.begin()), b = s.tokenUntil(m.end());
            if (a >= 0 && b >= a && attached(s, a, b, trigger))
                return true;
        }
        return false;
    }

    private static boolean attached(Sentence s, int a, int b, int t) {
        if (a <= t && t <= b)
            return false;
        int from = Math.min(b, t) + 1, to = Math.max(a, t);
        if (b < t && (s.lower(b + 1).equals("when") || s.lower(b + 1).equals(",") && s.lower(b + 2).equals("when")))
            return t - b <= MAX_DISTANCE; // "back to 1994, when talks between ..."
        for (int i = from; i < to; i++)
            if (Clauses.isBreak(s, i))
                return false;
        if (a <= 2 && b < t)
            return true;
        if (to - from > MAX_DISTANCE)
            return false;
        for (int i = from; i < to; i++)
            if (s.isFiniteVerb(i) && !auxiliary(s, i, t))
                return false;
        return true;
    }

    /** "will hold talks", "is due to visit", "has met": verbs of the trigger's own verb group. */
    private static boolean auxiliary(Sentence s, int i, int t) {
        if (i > t)
            return false;
        for (int j = i + 1; j < t; j++)
            if (!(s.isVerb(j) || s.pos(j).equals("RB") || s.pos(j).equals("TO") || s.pos(j).startsWith("JJ")
                    || s.pos(j).equals("DT") || s.pos(j).startsWith("NN") || s.pos(j).equals("PRP$")))
                return false;
        return true;
    }
}
