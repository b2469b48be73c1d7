package org.diplograph.extract.statements;

import java.util.Set;

import org.diplograph.knowledge.PersonNames;

/**
 * Speaker phrases from the words around a cue, for when the parse gives no subject (parsers often stumble on
 * quotes): the noun phrase right after an inverted cue ("said Lt. Gen. (Retd.) Amjad Shoaib, a security
 * analyst") or right before a cue ("Foreign Office spokesperson Dr. Mohammed Faisal said").
 */
final class SurfacePhrases {
    /** Words that end a speaker phrase read forwards. */
    private static final Set<String> STOP_WORDS = Set.of("while", "who", "which", "as", "when", "after", "before",
            "during", "in", "on", "at", "to", "about", "because", "since", "adding", "according", "that", "and",
            "but", "last", "this", "yesterday", "today", "earlier", "later");
    private static final int MAX_WORDS = 9;

    private final QuotedTokens view;

    SurfacePhrases(QuotedTokens view) {
        this.view = view;
    }

    /** {begin, end, head} of the noun phrase starting at {@code from}, not past {@code limit}, or null. */
    int[] after(int from, int limit) {
        int end = from;
        while (end < limit && end - from < MAX_WORDS && !stops(end, end == from))
            end++;
        while (end > from && view.isPunct(end - 1) && !view.word(end - 1).equals(")"))
            end--;
        if (end <= from || !nominal(from, end) || view.tag(from).equals("IN") || view.tag(from).equals("TO"))
            return null;
        int head = headOf(from, end);
        return view.canSpeak(head) ? new int[] {from, end, head} : null;
    }

    /** {begin, end, head} of the noun phrase ending right before {@code cue} (adverbs skipped), not before {@code limit}. */
    int[] before(int cue, int limit) {
        int end = cue;
        while (end > limit && (view.tag(end - 1).startsWith("RB") || view.tag(end - 1).equals("MD")
                || isAux(end - 1) || isTime(end - 1)))
            end--;
        for (int aside = 0; aside < 2 && end > limit && ASIDE_MARKS.contains(view.word(end - 1)); aside++)
            end = beforeAside(end - 1, limit);   // "X, a writer for Y, said", "X, 79, who led …, said": X
        int begin = end;
        while (begin > limit && end - begin < MAX_WORDS && nounish(begin - 1) && !view.isTime(begin - 1))
            begin--;   // a time before the subject is no part of it: "In November the bank said"
        if (isSuffix(begin, end) && begin - 1 > limit && view.word(begin - 1).equals(",")) {
            end = begin - 1;   // "Joseph R. Biden, Jr. welcomed": the name before the suffix
            for (begin = end; begin > limit && end - begin < MAX_WORDS && nounish(begin - 1); )
                begin--;
        }
        while (begin < end && view.isPunct(begin) && !view.word(begin).equals("("))
            begin++;
        int head = end - 1;
        if (view.word(head).equals(")"))   // "the Office for National Statistics (ONS) said": the name before it
            while (head > begin && !view.word(head).equals("("))
                head--;
        if (head < end - 1)
            head--;
        return begin < end && head >= begin && nominal(begin, end) && view.canSpeak(head) ? new int[] {begin, end, head} : null;
    }

    /**
     * The start of an aside set off by commas and ending at {@code comma}: an apposition without a verb ("a writer
     * for Y"), or a relative or participle clause ("who led the talks", "speaking in Paris"). {@code comma} + 1
     * when there is none.
     */
    private int beforeAside(int comma, int limit) {
        boolean verb = false;   // a verb before any relative pronoun: "a banker who has held talks" has none
        String mark = view.word(comma);
        for (int t = comma - 1; t > limit && comma - t < MAX_ASIDE; t--) {
            if (view.word(t).equals(mark)) {
                String opening = view.tag(t + 1);
                boolean clause = opening.startsWith("W") || opening.equals("VBG") || opening.equals("VBN");
                return !verb && comma - t < MAX_APPOSITION || clause ? t : comma + 1;
            }
            if (view.word(t).equals("(") || view.quoteOf(t) >= 0)
                return comma + 1;
            if (view.tag(t).startsWith("W"))
                verb = false;
            else
                verb |= view.isVerb(t);
        }
        return comma + 1;
    }

    /** "Jr.", "Jr", "III": a name's suffix, alone. */
    private boolean isSuffix(int begin, int end) {
        if (end > begin + 1 && view.word(end - 1).equals("."))
            end--;
        return end - begin == 1 && PersonNames.isSuffix(PersonNames.key(view.word(begin)));
    }

    /** Marks that set an aside off: "X, a writer, said", "X - a writer - said". */
    private static final Set<String> ASIDE_MARKS = Set.of(",", "-", "--", "—", "–");

    /** Longest aside without a verb, and longest with one, in tokens. */
    private static final int MAX_APPOSITION = 20, MAX_ASIDE = 30;

    /** A time between the subject and its verb: "Foreign Minister Lopez on Tuesday said". */
    private boolean isTime(int t) {
        return view.isTime(t) || PREPOSITIONS_OF_TIME.contains(view.word(t).toLowerCase(java.util.Locale.ROOT))
                && t + 1 < view.tokens.size() && view.isTime(t + 1);
    }

    private static final Set<String> PREPOSITIONS_OF_TIME = Set.of("on", "in", "at", "during");

    private boolean stops(int t, boolean first) {
        String w = view.word(t).toLowerCase(java.util.Locale.ROOT);
        if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!") || w.equals("?") || w.equals("--")
                || w.equals("—") || view.quoteOf(t) >= 0)
            return true;
        if (w.equals(".") && (t + 1 >= view.tokens.size() || view.sentenceOf(t + 1) != view.sentenceOf(t)))
            return true;
        if (!first && STOP_WORDS.contains(w) && !view.inName(t))
            return true;
        if (!first && view.tag(t).equals("PRP"))   // "told reporters he would …": a pronoun starts the next clause
            return true;
        return view.isVerb(t) || view.tag(t).equals("WDT") || view.tag(t).equals("WP");
    }

    private boolean nounish(int t) {
        String tag = view.tag(t);
        String w = view.word(t);
        if (w.equals("for"))   // "a spokesman for the firm", "the Commission for Racial Equality"
            return t > 0 && view.tag(t - 1).startsWith("NN");
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("RBS") || tag.equals("DT") || tag.equals("POS") || tag.equals("PRP")
                || tag.equals("PRP$") || tag.equals("CD") || w.equals("(") || w.equals(")") || w.equals(".")
                && t > 0 && view.end(t - 1) == view.begin(t) || tag.equals("NNP") || w.equals("of") || w.equals("-");
    }

    /** A phrase that names someone holds a noun or pronoun. */
    private boolean nominal(int begin, int end) {
        for (int t = begin; t < end; t++)
            if (view.tag(t).startsWith("NN") || view.tag(t).equals("PRP"))
                return true;
        return false;
    }

    /** The last noun before "of" or the end: the head of "the head of the mission" is "head". */
    private int headOf(int begin, int end) {
        int head = end - 1;
        for (int t = begin; t < end; t++) {
            if (view.word(t).equals("of") && t > begin)
                return t - 1;
            if (view.tag(t).startsWith("NN") || view.tag(t).equals("PRP"))
                head = t;
        }
        return head;
    }

    private boolean isAux(int t) {
        String lemma = ReportingWords.lemma(view.token(t));
        return view.isVerb(t) && (lemma.equals("have") || lemma.equals("be") || lemma.equals("do"));
    }
}
