package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.people.TitleLexicon;
import org.diplograph.extract.text.SpeakerTurns;

/**
 * Statements labelled with their speaker and a colon at the start of a line: headlines ("Pat Caddell: Democrat
 * voters worried …", "Poll: Clinton and Trump in dead heat") and transcripts ("SECRETARY BLINKEN: …", "FOREIGN
 * MINISTER LAPID: …", "MR PRICE: …", "PENCE: Well, look, …"). A transcript turn runs over its paragraphs up to the
 * next label; "(Via interpreter)" and "(In German.)" stay part of it, and a turn holding nothing else is no
 * statement. Labels of nobody the text names ("QUESTION:", "MODERATOR:", {@code no-speaker} in
 * data/statements.tsv) end the turn before them and make none. A label must not be a dateline ("ISLAMABAD: …")
 * or a place. What a label's words look like is {@link SpeakerTurns}' (the meetings stage reads the same turns).
 */
final class SpeakerLabels {
    /** The rule of a transcript turn. */
    static final String TURN = "label/turn";
    private static final Set<String> OFFICE_WORDS = TitleLexicon.officeWords();
    private static final int MIN_WORDS = 3;
    private static final Set<String> NOT_NAMES = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION", "DATE",
            "TIME", "NATIONALITY", "NUMBER", "MONEY", "PERCENT");

    /** A label line: its first token, its colon, and whether it names a speaker. */
    private record Label(int first, int colon, boolean speaker) {
    }

    private SpeakerLabels() {
    }

    /**
     * {@code surnames}: last names of the people found, lower case ("pence"), for headline labels NER missed;
     * {@code nameWords}: every word of their names, lower case ("pham", "minh", "chinh").
     */
    static List<Attribution> find(QuotedTokens view, String dateline, Set<String> surnames, Set<String> nameWords,
                                  StatementWords words) {
        List<Attribution> found = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int paragraph = -1, headline = view.tokens.isEmpty() ? -1 : view.paragraphOfToken(0);
        for (int t = 0; t < view.tokens.size(); t++) {
            if (view.paragraphOfToken(t) == paragraph)
                continue;
            paragraph = view.paragraphOfToken(t);
            if (paragraph == headline) {
                Attribution a = headline(view, t, dateline, surnames);
                if (a != null)
                    found.add(a);
                continue;
            }
            Label label = transcript(view, t, dateline, nameWords, words);
            if (label != null)
                labels.add(label);
        }
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1).first() : view.tokens.size();
            Attribution a = label.speaker() ? turn(view, label, end) : null;
            if (a != null)
                found.add(a);
        }
        return found;
    }

    /** The token after the leading quote marks of a line: a quoted transcript line ("WALLACE: …). */
    private static int firstWord(QuotedTokens view, int line) {
        int first = line;
        while (first < view.tokens.size() && view.isPunct(first) && view.quoteOf(first) >= 0)
            first++;
        return first;
    }

    /** The colon ending a label of at most {@code max} tokens from {@code first}, or -1. */
    private static int colon(QuotedTokens view, int first, int max) {
        int paragraph = view.paragraphOfToken(first);
        for (int t = first; t < view.tokens.size() && t - first <= max && view.paragraphOfToken(t) == paragraph; t++)
            if (view.word(t).equals(":"))
                return t > first ? t : -1;
        return -1;
    }

    /** A headline "Name: statement" (one line), or null. */
    private static Attribution headline(QuotedTokens view, int line, String dateline, Set<String> surnames) {
        int first = firstWord(view, line), colon = colon(view, first, 4);
        if (colon < 0)
            return null;
        for (int t = first; t < colon; t++) {
            String ner = view.token(t).ner() == null ? "O" : view.token(t).ner();
            if (!view.tag(t).startsWith("NN") || NOT_NAMES.contains(ner) || view.isTime(t))
                return null;
        }
        if (view.text(first, colon).equalsIgnoreCase(dateline))
            return null;
        int end = colon + 1, paragraph = view.paragraphOfToken(first);
        while (end < view.tokens.size() && view.paragraphOfToken(end) == paragraph)
            end++;
        while (end > colon + 1 && view.isPunct(end - 1))
            end--;
        if (end - colon < 4)
            return null;
        return new Attribution(view.begin(colon + 1), view.end(end - 1), false, "label", 0.7)
                .cue(colon, colon + 1).source(first, colon, colon - 1);
    }

    /**
     * A transcript label: words in capitals before a colon opening the line, not a dateline, not only a place or a
     * date; {@code speaker} false for the labels of nobody named ("QUESTION").
     */
    private static Label transcript(QuotedTokens view, int line, String dateline, Set<String> nameWords,
                                    StatementWords words) {
        int first = firstWord(view, line), colon = colon(view, first, SpeakerTurns.MAX_LABEL);
        if (colon < 0 || view.text(first, colon).equalsIgnoreCase(dateline))
            return null;
        boolean place = true, named = false, titled = false;
        for (int t = first; t < colon; t++) {
            String w = view.word(t), lower = w.toLowerCase(Locale.ROOT);
            if (!SpeakerTurns.isLabelWord(w))
                return null;
            String ner = view.token(t).ner() == null ? "O" : view.token(t).ner();
            place &= NOT_NAMES.contains(ner) || view.isTime(t);
            boolean title = OFFICE_WORDS.contains(lower) || words.isHonorific(lower);
            named |= ner.equals("PERSON") || nameWords.contains(lower) || titled && !title;
            titled |= title;
        }
        if (place)
            return null;
        if (words.isNoSpeaker(view.text(first, colon).replaceAll("\\s+", " ")))
            return new Label(first, colon, false);
        return named ? new Label(first, colon, true) : null;   // "CLARIFICATION:" names no one
    }

    /** The statement of a turn from its label to {@code end} (the next label), or null when it holds no words. */
    private static Attribution turn(QuotedTokens view, Label label, int end) {
        while (end > label.colon() + 1 && view.isPunct(end - 1) && view.quoteOf(end - 1) < 0)
            end--;
        int words = 0, depth = 0;
        for (int t = label.colon() + 1; t < end; t++) {
            String w = view.word(t);
            if (w.equals("(") || w.equals("-LRB-"))
                depth++;
            else if (w.equals(")") || w.equals("-RRB-"))
                depth = Math.max(0, depth - 1);
            else if (depth == 0 && !view.isPunct(t))
                words++;
        }
        if (words < MIN_WORDS)
            return null;   // "LE DRIAN: (In French.)": nothing said in the text
        return new Attribution(view.begin(label.colon() + 1), view.end(end - 1), false, TURN, 0.85)
                .cue(label.colon(), label.colon() + 1).source(label.first(), label.colon(), label.colon() - 1);
    }
}
