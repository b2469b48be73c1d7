package org.diplograph.extract.events;

import org.diplograph.extract.nlp.SelectiveTimeTagger;
import org.diplograph.extract.text.Sentence;
/**
 * The stretch of a sentence a trigger's arguments come from: left back to the previous clause break, right up
 * to the end of its clause, the topic ("talks on trade"), a purpose ("to discuss") or a new predicate.
 */
public final class Clauses {
    private static final java.util.Set<String> QUOTES = java.util.Set.of("“", "”", "\"", "``", "''");
    private static final java.util.Set<String> NOT_TOPIC = java.util.Set.of("phone", "telephone", "sidelines",
            "margins", "behalf", "visit", "trip", "tour", "the", "a");

    private Clauses() {
    }

    /** The first token of the trigger's clause (after the last clause break before {@code t}). */
    public static int left(Sentence s, int t) {
        for (int i = t - 1; i >= 0; i--)
            if (isBreak(s, i))
                return i + 1;
        return 0;
    }

    /** A clause break; quote marks around a short phrase ("intensive talks") are not one. */
    public static boolean isBreak(Sentence s, int i) {
        String w = s.lower(i);
        if (!Lexicon.CLAUSE_BREAKS.contains(w))
            return false;
        if (!QUOTES.contains(w))
            return true;
        for (int j = Math.max(0, i - 5); j <= Math.min(s.size() - 1, i + 5); j++)
            if (j != i && QUOTES.contains(s.lower(j)))
                return false;
        return true;
    }

    /** The last token that may hold a participant of the trigger at {@code t}. */
    public static int right(Sentence s, int t) {
        for (int j = t + 1; j < s.size(); j++) {
            String w = s.lower(j), next = s.lower(j + 1);
            if (isBreak(s, j) || w.equals(".") && j == s.size() - 1 || w.equals("for") || w.equals("during"))
                return j - 1;
            if (Lexicon.TOPIC_WORDS.contains(w) && !(w.equals("on") && onIsNotTopic(s, j)))
                return j - 1;
            if (w.equals("to") && s.pos(j + 1).equals("VB") || w.equals("as") && !next.equals("well") && !s.lower(j - 1).equals("well"))
                return j - 1;
            if ((w.equals("and") || w.equals(",")) && s.isFiniteVerb(j + 1) || w.equals(",") && clauseFollows(s, j))
                return j - 1;
            if (s.isFiniteVerb(j) && !Lexicon.TITLE_WORDS.contains(w))
                return j - 1;
        }
        return s.size() - 1;
    }

    /** "on Monday", "on the telephone", "on the sidelines of": not the topic of the talks. */
    private static boolean onIsNotTopic(Sentence s, int on) {
        if (s.ner(on + 1).equals("DATE") || namesADay(s, on + 1))
            return true;
        String next = s.lower(on + 1);
        return NOT_TOPIC.contains(next) && (!next.equals("the") && !next.equals("a") || NOT_TOPIC.contains(s.lower(on + 2))
                && !s.lower(on + 2).equals("the"));
    }

    /** A comma followed, before any other comma, by a finite verb: ", Rubio brushed aside ...". */
    private static boolean clauseFollows(Sentence s, int comma) {
        for (int j = comma + 1; j < s.size() && j <= comma + 6; j++) {
            if (s.lower(j).equals(",") || s.lower(j).equals("and"))
                return false;
            if (s.isFiniteVerb(j))
                return true;
        }
        return false;
    }

    /** True when nothing but a subordinator, preposition or adverb stands between the clause start and {@code t}. */
    public static boolean opensPhrase(Sentence s, int clauseStart, int t) {
        for (int i = clauseStart; i < t; i++) {
            String p = s.pos(i);
            if (!(p.equals("IN") || p.equals("RB") || p.equals("WRB") || p.equals(",") || p.equals("DT")
                    || p.equals("JJ") || p.equals("CD") || s.isNoun(i) && !s.isCapitalized(i)
                    || s.lower(i).equals("following"))) // "At a news conference following talks with X, Y said"
                return false;
        }
        return true;
    }

    /**
     * The first token at or after {@code i} past adjuncts of time ("today", "this morning", "on January 26-27")
     * and, when a "with" follows it, of place: "met today at the White House with X", "met today in New York
     * with X", "met on the margins of the G20 with X". Readouts put these between the verb and its counterpart.
     */
    public static int pastAdjuncts(Sentence s, int i) {
        int j = pastTimeAdjuncts(s, i);
        boolean margins = s.lower(j).equals("on") && s.lower(j + 1).equals("the")
                && (s.lower(j + 2).startsWith("sideline") || s.lower(j + 2).startsWith("margin")); // "met on the sidelines of the G20 with X"
        if (s.lower(j).equals("in") || s.lower(j).equals("at") || margins)
            for (int k = j + 1; k < s.size() && k <= j + 8; k++) {
                if (s.lower(k).equals("with"))
                    return k;
                if (isBreak(s, k) || s.isVerb(k) || s.lower(k).equals("to"))
                    break;
            }
        return j;
    }

    /** The first token at or after {@code i} past adjuncts of time only: "spoke this morning with". */
    public static int pastTimeAdjuncts(Sentence s, int i) {
        int j = i;
        while (j < s.size()) {
            String w = s.lower(j);
            if (Lexicon.CONTACT_ADVERBS.contains(w))
                j++;
            else if ((w.equals("this") || w.equals("last") || w.equals("earlier")) && Lexicon.TIME_NOUNS.contains(s.lower(j + 1)))
                j += 2;
            else if (w.equals("on") && namesADay(s, j + 1)) { // "on Monday", "on March 4"
                j += 2;
                while (j < s.size() && (s.pos(j).equals("CD") || s.lower(j).equals("-") || s.lower(j).equals("–")))
                    j++;
            } else
                break;
        }
        return j;
    }

    /** A weekday, month or numeric date: "Monday", "January", "4/5"; not "current", "recent". */
    private static boolean namesADay(Sentence s, int i) {
        return i < s.size() && (s.isCapitalized(i) || Character.isDigit(s.word(i).charAt(0)))
                && SelectiveTimeTagger.isTriggerToken(s.word(i));
    }

    /** The first finite verb of the sentence, or the sentence length. */
    public static int firstFiniteVerb(Sentence s) {
        for (int i = 0; i < s.size(); i++)
            if (s.isFiniteVerb(i))
                return i;
        return s.size();
    }
}
