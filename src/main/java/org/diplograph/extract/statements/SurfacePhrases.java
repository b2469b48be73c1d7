package org.diplograph.extract.statements;

import java.util.Set;

import org.diplograph.extract.text.Tokens;
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
    private static final int MAX_WORDS = 12;
    /** Longest subject read as one stretch from the start of its clause ({@link #whole}), in tokens. */
    private static final int MAX_STRETCH = 14;

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

    /** Participles of a passive that reports someone's words: "was quoted as saying", "has been reported as saying". */
    private static final Set<String> QUOTED = Set.of("quote", "report", "cite", "hear");

    /**
     * {begin, end, head} of X in "X was quoted (by Y) as saying", "X has been reported as saying", "“…,” X is quoted as
     * saying by Y" (the subject of the passive) and "the agency quoted X as saying" (the object of the active): who
     * speaks at the participle {@code cue} after "as"; null for any other layout.
     */
    int[] quotedAs(int cue, int limit) {
        int verb = quotingVerb(cue);
        if (verb < 0)
            return null;
        boolean passive = verb > 0 && isAux(verb - 1) || verb > 1 && view.tag(verb - 1).startsWith("RB") && isAux(verb - 2);
        if (passive)
            return before(verb, limit);
        // active (the tagger often reads "the agency quoted X" as a participle); "X, quoted by Y as saying": no
        return view.word(verb + 1).equalsIgnoreCase("by") ? null : after(verb + 1, cue - 1);
    }

    /** The verb "quoted" of "(was) quoted (by Y / X) as saying", for the cue "saying"; -1 if there is none. */
    private int quotingVerb(int cue) {
        if (cue < 2 || !view.tag(cue).equals("VBG") || !view.word(cue - 1).equalsIgnoreCase("as"))
            return -1;
        for (int t = cue - 2; t >= 0 && cue - t <= 8; t--) {
            if (view.isVerb(t))
                return QUOTED.contains(ReportingWords.lemma(view.token(t))) ? t : -1;
            if (view.isPunct(t) || view.quoteOf(t) >= 0)
                return -1;
        }
        return -1;
    }

    /** Whether token {@code t} is the verb of "X was quoted (by Y) as saying" or "Y quoted X as saying". */
    boolean isQuotingVerb(int t) {
        for (int u = t + 1; u < view.tokens.size() && u - t <= 7; u++)
            if (view.word(u).equalsIgnoreCase("as") && u + 1 < view.tokens.size())
                return quotingVerb(u + 1) == t;
        return false;
    }

    /** {begin, end, head} of the noun phrase ending right before {@code cue} (adverbs skipped), not before {@code limit}. */
    int[] before(int cue, int limit) {
        int end = cue;
        while (end > limit && (view.tag(end - 1).startsWith("RB") || view.tag(end - 1).equals("MD")
                || isAux(end - 1) || isTime(end - 1)))
            end--;
        int mark = end - 1;
        if (mark <= limit || !ASIDE_MARKS.contains(view.word(mark)))
            return ending(end, limit, null);
        int opening = beforeAside(mark, limit);   // "X, a writer for Y, said": X
        if (opening > mark)
            return ending(end, limit, null);
        int[] named = name(opening + 1, mark) ? new int[] {opening + 1, mark} : null;
        int[] phrase = ending(opening, limit, named);
        if (phrase != null || opening <= limit || !ASIDE_MARKS.contains(view.word(opening)))
            return phrase;
        int second = beforeAside(opening, limit);   // "X, 79, who led …, said": the opening mark of one aside closes another
        return second < opening ? ending(second, limit, named) : null;
    }

    /**
     * {begin, end, head} of the noun phrase ending at {@code end}, not before {@code limit}; with {@code named}, the
     * name of an aside after it that says who holds the role it names ("The head of the company, Yury Boyko, said").
     */
    private int[] ending(int end, int limit, int[] named) {
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
        if (begin >= end || head < begin || !nominal(begin, end))
            return null;
        if (named != null && view.tag(head).startsWith("NN") && Character.isLowerCase(view.word(head).charAt(0)))
            return new int[] {begin, named[1], named[1] - 1};   // a role, then who holds it
        return view.canSpeak(head) ? new int[] {begin, end, head} : null;
    }

    /** Whether the words from {@code begin} to {@code end} are one short name of a person: "Yury Boyko". */
    boolean name(int begin, int end) {
        if (end <= begin || end - begin > 4)
            return false;
        for (int t = begin; t < end; t++)
            if (!view.tag(t).startsWith("NNP") || !Character.isUpperCase(view.word(t).charAt(0)))
                return false;
        return "PERSON".equals(view.token(end - 1).ner());
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
            else   // a participle is no clause of its own: "a lawyer representing one of the directors"
                verb |= (Tokens.isFiniteVerbTag(view.tag(t)) || view.tag(t).equals("MD")) && !view.inName(t);
        }   // "Jim Parton, from Families Need Fathers, said": a verb inside a name is none
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

    /** A time between the subject and its verb: "Foreign Minister Lopez on Tuesday said", "the spokesman earlier this week said". */
    private boolean isTime(int t) {
        return TimeWords.at(view, t, view.sentenceEnd(view.sentenceOf(t)));
    }

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
        if (w.equals("&"))   // "Marsh & McLennan"
            return t > 0 && view.tag(t - 1).startsWith("NNP");
        if (tag.equals("VBN") || tag.equals("VBG"))   // "UK-based firm", "state-owned", "Air Deccan's managing director"
            return t > 0 && (view.word(t - 1).equals("-") || modifierBefore(t - 1))
                    && t + 1 < view.tokens.size() && (view.tag(t + 1).startsWith("NN") || view.tag(t + 1).startsWith("JJ"));
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("RBS") || tag.equals("DT") || tag.equals("POS") || tag.equals("PRP")
                || tag.equals("PRP$") || tag.equals("CD") || w.equals("(") || w.equals(")") || w.equals(".")
                && t > 0 && view.end(t - 1) == view.begin(t) || tag.equals("NNP") || w.equals("of") || w.equals("-");
    }

    /** A word after which a participle modifies the noun that follows it: "the ruling party", "its managing director". */
    private boolean modifierBefore(int t) {
        String tag = view.tag(t);
        return tag.equals("DT") || tag.equals("POS") || tag.equals("PRP$") || tag.startsWith("JJ");
    }

    /**
     * The words from {@code begin} to the cue as one subject, when nothing in them can be anything else: no finite
     * verb, comma, quote, relative word or conjunction, at most {@link #MAX_STRETCH} tokens: "Officials in Cojedes
     * state said", "Sources familiar with the deal said", "BBC home affairs correspondent Danny Shaw said" (the
     * tagger's errors on words of a name, such as "Jan" for January, do not break it). The head is the last noun
     * before the first preposition. {begin, end, head} or null.
     */
    int[] whole(int begin, int cue) {
        int end = cue;
        while (end > begin && (view.tag(end - 1).startsWith("RB") || view.tag(end - 1).equals("MD") || isAux(end - 1)
                || isTime(end - 1)))
            end--;
        while (begin < end && (view.isTime(begin) || isTime(begin)))
            begin++;   // "Last week the bank said"
        if (end <= begin || end - begin > MAX_STRETCH || OPENERS.contains(view.tag(begin)))
            return null;
        int head = -1;
        boolean preposition = false;
        for (int t = begin; t < end; t++) {
            String tag = view.tag(t), w = view.word(t);
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (view.quoteOf(t) >= 0 || tag.startsWith("W") || tag.equals("CC") && !w.equals("&") && !joinsNouns(t, begin, end, preposition)
                    || view.isPunct(t) && !INNER_MARKS.contains(w) && !(w.equals(".") && t > begin && view.end(t - 1) == view.begin(t))
                    || (Tokens.isFiniteVerbTag(tag) || tag.equals("MD")) && !capital)
                return null;
            if (tag.equals("VB") && !capital)
                return null;   // "Plans to give …": an infinitive, a clause of its own
            if (tag.equals("IN") || tag.equals("TO") || (tag.equals("VBG") || tag.equals("VBN")) && !capital && !nounish(t))
                preposition = true;   // "Lawyers defending X against …": the head comes before a participle too
            else if (!preposition && (tag.startsWith("NN") || tag.equals("PRP") || capital && view.inName(t)))
                head = t;
        }
        return head >= 0 && view.canSpeak(head) && !view.isTime(head) ? new int[] {begin, end, head} : null;
    }

    /**
     * "Developers and supporters in Congress said", "Experts on North Korea and nuclear nonproliferation said": an
     * "and" between a plural or capitalized noun and a noun phrase, inside a subject that nothing else can be, joins
     * nouns, not clauses. Before any preposition (in the head itself) both nouns are plurals or names: "developments
     * and Russian aggression in Ukraine showed" is no one who speaks.
     */
    private boolean joinsNouns(int t, int begin, int end, boolean afterPreposition) {
        if (!view.word(t).equalsIgnoreCase("and") || t <= begin || t + 1 >= end)
            return false;
        String left = view.tag(t - 1), right = view.tag(t + 1);
        if (!(left.equals("NNS") || left.equals("NNPS") || left.equals("NNP") || left.equals("NN"))
                || !(right.startsWith("NN") || right.startsWith("JJ") || right.equals("DT") || right.equals("PRP$")))
            return false;
        if (afterPreposition)
            return true;
        int noun = t + 1;
        while (noun < end && !view.tag(noun).startsWith("NN"))
            noun++;
        return !left.equals("NN") && noun < end && !view.tag(noun).equals("NN");
    }

    /** Tags that open an adjunct or a clause, not a subject: "In Paris the minister", "Speaking in Paris the minister". */
    private static final Set<String> OPENERS = Set.of("IN", "TO", "RB", "VBG", "VBN", "CC", "WRB", "WDT", "WP");

    /** Marks inside a name or title: "Marsh & McLennan", "(ODPM)", "state-owned". */
    private static final Set<String> INNER_MARKS = Set.of("&", "(", ")", "-", "'", "'s");

    /** A phrase that names someone holds a noun or pronoun. */
    private boolean nominal(int begin, int end) {
        for (int t = begin; t < end; t++)
            if (view.tag(t).startsWith("NN") || view.tag(t).equals("PRP") || view.standsForGroup(t))
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
