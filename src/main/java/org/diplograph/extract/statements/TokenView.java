package org.diplograph.extract.statements;

import java.util.Arrays;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * One article's tokens as attribution sees them: in document order (a token is addressed by its index in
 * {@link #tokens}), with their sentence, their paragraph (text between line breaks) and the quote they are in.
 * A "sentence" here never crosses a line break: CoreNLP's splitter (breaking only at blank lines) joins a
 * headline-like line without a full stop to the paragraph after it, and a statement never runs across them.
 */
final class TokenView {
    final String text;
    final List<CoreLabel> tokens;
    final List<CoreSentence> sentences;
    final List<Quotes.Quote> quotes;
    private final int[] sentenceStart;  // first token of each sentence (CoreNLP sentence cut at line breaks)
    private final int[] sentenceOf;
    private final int[] coreStart;      // first token of each CoreNLP sentence
    private final int[] quoteOf;
    private final boolean[] time, name;   // inside a time expression / inside a name found by earlier stages
    private final int[] lineBreaks;

    /**
     * {@code times} and {@code names}: character ranges {@code [begin, end)} of the article text that earlier stages
     * found to be time expressions and names (people, organizations, places, countries).
     */
    TokenView(CoreDocument document, List<int[]> times, List<int[]> names) {
        this.text = document.text();
        this.tokens = document.tokens();
        this.sentences = document.sentences();
        this.quotes = Quotes.find(text);
        coreStart = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++)
            coreStart[s + 1] = coreStart[s] + sentences.get(s).tokens().size();
        lineBreaks = paragraphs(text);
        time = mark(times);
        name = mark(names);
        sentenceOf = new int[tokens.size()];
        int[] starts = new int[tokens.size() + 1];
        int count = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (t == 0 || tokens.get(t).sentIndex() != tokens.get(t - 1).sentIndex()
                    || paragraphOf(begin(t)) != paragraphOf(begin(t - 1)))
                starts[count++] = t;
            sentenceOf[t] = count - 1;
        }
        starts[count] = tokens.size();
        sentenceStart = java.util.Arrays.copyOf(starts, count + 1);
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

    /** For each character, the runs of line breaks (spaces between them included) up to it. */
    private static int[] paragraphs(String text) {
        int[] breaks = new int[text.length()];
        boolean inBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newRun = c == '\n' && !inBreak;
            inBreak = c == '\n' || inBreak && Character.isWhitespace(c);
            breaks[i] = (i == 0 ? 0 : breaks[i - 1]) + (newRun ? 1 : 0);
        }
        return breaks;
    }

    CoreLabel token(int t) {
        return tokens.get(t);
    }

    int begin(int t) {
        return tokens.get(t).beginPosition();
    }

    int end(int t) {
        return tokens.get(t).endPosition();
    }

    String word(int t) {
        return tokens.get(t).word();
    }

    String tag(int t) {
        String tag = tokens.get(t).tag();
        return tag == null ? "" : tag;
    }

    int sentenceOf(int t) {
        return sentenceOf[t];
    }

    /** Document index of the token at 1-based {@code index} of CoreNLP sentence {@code coreSentence}. */
    int tokenOf(int coreSentence, int index) {
        return coreStart[coreSentence] + index - 1;
    }

    int sentenceStart(int s) {
        return sentenceStart[s];
    }

    /** One past the last token of sentence {@code s}. */
    int sentenceEnd(int s) {
        return sentenceStart[s + 1];
    }

    /** The quote token {@code t} is in (marks included), or -1. */
    int quoteOf(int t) {
        return quoteOf[t];
    }

    /** Paragraph number of a character offset: runs of line breaks up to it. */
    int paragraphOf(int offset) {
        return offset <= 0 ? 0 : lineBreaks[Math.min(offset, lineBreaks.length) - 1];
    }

    int paragraphOfToken(int t) {
        return paragraphOf(begin(t));
    }

    /** The first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begin(mid) < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
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

    boolean isPunct(int t) {
        String w = word(t);
        return !w.isEmpty() && w.chars().noneMatch(Character::isLetterOrDigit);
    }

    boolean isVerb(int t) {
        String tag = tag(t);
        return tag.startsWith("VB") || tag.equals("MD");
    }

    /**
     * Can the phrase headed by token {@code t} be a speaker? A noun or a subject pronoun, not a date, number or
     * amount, not an all-capitals place (a dateline: "LOS ANGELES —").
     */
    boolean canSpeak(int t) {
        String tag = tag(t), ner = token(t).ner() == null ? "O" : token(t).ner();
        if (NOT_SPEAKERS.contains(ner) || time[t] || tag.equals("CD") || word(t).equalsIgnoreCase("percent"))
            return false;
        if (tag.equals("PRP"))
            return SUBJECT_PRONOUNS.contains(word(t).toLowerCase(java.util.Locale.ROOT));
        if (PLACES.contains(ner) && word(t).length() > 2 && word(t).equals(word(t).toUpperCase(java.util.Locale.ROOT)))
            return false;
        return tag.startsWith("NN") || tag.equals("WP") || tag.equals("WDT");
    }

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
