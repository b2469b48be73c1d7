package org.diplograph.extract.statements;

import java.util.Arrays;
import java.util.List;

import org.diplograph.extract.text.Tokens;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The article's shared {@link Tokens} as attribution sees them: with the quote each token is in (marks included),
 * and which tokens earlier stages found to be times or names. Sentences and paragraphs are the shared ones (a
 * sentence never crosses a line break).
 */
final class QuotedTokens {
    final Tokens shared;
    final String text;
    final List<CoreLabel> tokens;
    final List<Quotes.Quote> quotes;
    private final int[] quoteOf;
    private final boolean[] time, name;   // inside a time expression / inside a name found by earlier stages

    /**
     * {@code times} and {@code names}: character ranges {@code [begin, end)} of the article text that earlier stages
     * found to be time expressions and names (people, organizations, places, countries).
     */
    QuotedTokens(Tokens shared, List<int[]> times, List<int[]> names) {
        this.shared = shared;
        this.text = shared.text();
        this.tokens = shared.all();
        this.quotes = Quotes.find(text);
        time = mark(times);
        name = mark(names);
        quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        for (int q = 0, t = 0; q < quotes.size(); q++) {
            Quotes.Quote quote = quotes.get(q);
            while (t < tokens.size() && begin(t) < quote.begin())
                t++;
            for (int u = t; u < tokens.size() && begin(u) < quote.end(); u++)
                quoteOf[u] = q;
        }
    }

    private boolean[] mark(List<int[]> ranges) {
        boolean[] marked = new boolean[tokens.size()];
        for (int[] r : ranges)
            for (int t = tokenAt(r[0]); t < tokens.size() && begin(t) < r[1]; t++)
                marked[t] = true;
        return marked;
    }

    CoreLabel token(int t) {
        return tokens.get(t);
    }

    int begin(int t) {
        return shared.begin(t);
    }

    int end(int t) {
        return shared.end(t);
    }

    String word(int t) {
        return shared.word(t);
    }

    String tag(int t) {
        return shared.tag(t);
    }

    int sentenceOf(int t) {
        return shared.sentence(t);
    }

    int sentenceStart(int s) {
        return shared.sentenceStart(s);
    }

    /** One past the last token of sentence {@code s}. */
    int sentenceEnd(int s) {
        return shared.sentenceEnd(s);
    }

    /** The quote token {@code t} is in (marks included), or -1. */
    int quoteOf(int t) {
        return quoteOf[t];
    }

    /** Paragraph number of a character offset: runs of line breaks up to it. */
    int paragraphOf(int offset) {
        return shared.paragraphOf(offset);
    }

    int paragraphOfToken(int t) {
        return shared.paragraphOfToken(t);
    }

    /** The first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        return shared.startingFrom(offset);
    }

    /** Is token {@code t} part of a time expression ("on Tuesday", "last month")? */
    boolean isTime(int t) {
        return time[t];
    }

    /**
     * A capitalized word inside its sentence, before a noun: part of a name ("BBC Radio 4's Today programme", "the
     * Sunday Times"), not the time word it spells.
     */
    boolean inName(int t) {
        int sentence = sentenceOf(t);
        return t > sentenceStart(sentence) && Character.isUpperCase(word(t).charAt(0))
                && t + 1 < sentenceEnd(sentence) && tag(t + 1).startsWith("NN");
    }

    /** A comma at {@code t}, or a closing quote right after one ("…,” the State Department said). */
    boolean commaAt(int t) {
        return t >= 0 && (word(t).equals(",") || t > 0 && quoteOf(t) >= 0 && isPunct(t) && word(t - 1).equals(","));
    }

    /** Does {@code [begin, end)} join several names ("Drew and other leaders"), not inside one ("Trinidad and Tobago")? */
    boolean coordinated(int begin, int end) {
        for (int t = begin; t < end; t++)
            if (tag(t).equals("CC") && !name[t] && !word(t).equalsIgnoreCase("nor"))
                return true;
        return false;
    }

    /** Is token {@code t} inside a name earlier stages found (person, organization, place, country)? */
    boolean inFoundName(int t) {
        return name[t];
    }

    boolean isPunct(int t) {
        return shared.isPunct(t);
    }

    boolean isVerb(int t) {
        return shared.isVerb(t);
    }

    /**
     * Can the phrase headed by token {@code t} be a speaker? A noun or a subject pronoun, not a date, number or
     * amount, not an all-capitals place (a dateline: "LOS ANGELES —").
     */
    boolean canSpeak(int t) {
        String tag = tag(t), ner = token(t).ner() == null ? "O" : token(t).ner();
        if (standsForGroup(t))
            return true;   // "The two also reiterated …", "Both stressed …": the people of the meeting
        if (NOT_SPEAKERS.contains(ner) || time[t] || tag.equals("CD") || word(t).equalsIgnoreCase("percent"))
            return false;
        if (tag.equals("PRP"))
            return SUBJECT_PRONOUNS.contains(word(t).toLowerCase(java.util.Locale.ROOT));
        if (PLACES.contains(ner) && word(t).length() > 3 && word(t).indexOf('.') < 0
                && word(t).equals(word(t).toUpperCase(java.util.Locale.ROOT)))
            return false;   // a dateline ("LONDON"); an acronym speaks ("the UAE", "the U.S.")
        return tag.startsWith("NN") || tag.equals("WP") || tag.equals("WDT");
    }

    /** A group word ("two", "both", "all") with no noun after it: it stands for the group itself. */
    boolean standsForGroup(int t) {
        String tag = tag(t);
        if (!(tag.equals("CD") || tag.equals("DT")) || !WORDS.isGroupNumber(word(t)))
            return false;
        if (t > 0 && tag(t - 1).startsWith("PRP"))
            return false;   // "You all know …", "we both …": the pronoun is the subject
        String next = t + 1 < tokens.size() ? tag(t + 1) : ".";
        return !(next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD") || next.equals("IN")
                || next.equals("DT") || next.equals("PRP$"));   // not "two leaders", "all of them", "both the"
    }

    private static final StatementWords WORDS = StatementWords.standard();

    private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("DATE", "TIME", "DURATION", "NUMBER",
            "MONEY", "PERCENT", "ORDINAL", "SET");
    private static final java.util.Set<String> PLACES = java.util.Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION",
            "COUNTRY");
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i",
            "you", "it");

    String text(int fromToken, int toTokenExclusive) {
        return text.substring(begin(fromToken), end(toTokenExclusive - 1));
    }
}
