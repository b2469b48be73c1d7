package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements labelled with their speaker and a colon at the start of a line: headlines ("Pat Caddell: Democrat
 * voters worried …", "Poll: Clinton and Trump in dead heat") and interview transcripts ("PENCE: Well, look, …").
 * The label must be a short name, not a dateline ("ISLAMABAD: …") or a place.
 */
final class SpeakerLabels {
    private static final int MAX_LABEL = 4;
    private static final Set<String> NOT_NAMES = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "LOCATION", "DATE",
            "TIME", "NATIONALITY", "NUMBER", "MONEY", "PERCENT");

    private SpeakerLabels() {
    }

    /** {@code surnames}: last names of the people found, lower case ("pence"), for labels NER missed. */
    static List<Attribution> find(QuotedTokens view, String dateline, Set<String> surnames) {
        List<Attribution> found = new ArrayList<>();
        int paragraph = -1;
        for (int t = 0; t < view.tokens.size(); t++) {
            if (view.paragraphOfToken(t) == paragraph)
                continue;
            paragraph = view.paragraphOfToken(t);
            Attribution a = at(view, t, dateline, surnames, paragraph == view.paragraphOfToken(0));
            if (a != null)
                found.add(a);
        }
        return found;
    }

    /** The labelled statement of the line starting at token {@code first}, or null. */
    private static Attribution at(QuotedTokens view, int line, String dateline, Set<String> surnames,
                                  boolean headline) {
        int first = line;
        while (first < view.tokens.size() && view.isPunct(first) && view.quoteOf(first) >= 0)
            first++;   // a quoted transcript line: "WALLACE: …
        int colon = first;
        while (colon < view.tokens.size() && colon - first <= MAX_LABEL && !view.word(colon).equals(":"))
            colon++;
        if (colon == first || colon - first > MAX_LABEL || colon >= view.tokens.size())
            return null;
        boolean capitals = true, named = false;
        for (int t = first; t < colon; t++) {
            String ner = view.token(t).ner() == null ? "O" : view.token(t).ner();
            if (!view.tag(t).startsWith("NN") || NOT_NAMES.contains(ner) || view.isTime(t))
                return null;
            capitals &= view.word(t).equals(view.word(t).toUpperCase(java.util.Locale.ROOT));
            named |= ner.equals("PERSON") || ner.equals("ORGANIZATION")
                    || surnames.contains(view.word(t).toLowerCase(java.util.Locale.ROOT));
        }
        // a transcript line names its speaker in capitals ("PENCE:"); "CLARIFICATION:" names no one
        if (!headline && !(capitals && named) || view.text(first, colon).equalsIgnoreCase(dateline))
            return null;
        int end = colon + 1, paragraph = view.paragraphOfToken(first);
        while (end < view.tokens.size() && view.paragraphOfToken(end) == paragraph)
            end++;
        while (end > colon + 1 && view.isPunct(end - 1))
            end--;
        if (end - colon < 4)
            return null;
        return new Attribution(view.begin(colon + 1), view.end(end - 1), false, "label", headline ? 0.7 : 0.8)
                .cue(colon, colon + 1).source(first, colon, colon - 1);
    }
}
