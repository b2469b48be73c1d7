package org.diplograph.extract.statements;

import java.util.Set;

import org.diplograph.extract.text.Tokens;

/**
 * Reported speech read from word order where the parse went wrong (quotes and long sentences trip it): "X said
 * (that) C." and "X told reporters (that) C." with the statement running to the end of the sentence, and
 * "C, X said." / "C, said X." with the attribution ending it.
 */
final class SurfaceSpeech {
    /** Tags no clause starts with: "complains about …", "asked for …", "said , but …". */
    private static final Set<String> NOT_CLAUSE_STARTS = Set.of(",", ":", "IN", "TO", "CC", "VB", "VBD", "VBN",
            "VBG", "VBZ", "VBP", "MD", "POS");

    /** Verbs whose statement opens with "to": "committed to exploring …", "appealed to both sides to …". */
    private static final Set<String> TO_OBJECT = Set.of("commit", "appeal");

    /** Words that end the object of a verb: clause boundaries. */
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "--", "—", "because", "when", "while",
            "after", "before", "since", "although", "though", "but", "as", "if", "unless", "which", "who", ".");

    private final QuotedTokens view;
    private final SurfacePhrases phrases;

    SurfaceSpeech(QuotedTokens view) {
        this.view = view;
        this.phrases = new SurfacePhrases(view);
    }

    /**
     * A finite reporting verb: "said", "says", "has (always) said", "will tell", "is saying"; not "to say", "was told",
     * "questioning", "has not said", "did not say".
     */
    boolean finite(int cue) {
        String tag = view.tag(cue);
        if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
            return cue == 0 || !view.tag(cue - 1).equals("TO");
        int before = cue - 1;
        while (before >= 0 && view.tag(before).startsWith("RB") && !NEGATIONS.contains(view.word(before).toLowerCase(java.util.Locale.ROOT)))
            before--;
        if (before < 0 || before < cue - 1 && NEGATIONS.contains(view.word(before + 1).toLowerCase(java.util.Locale.ROOT)))
            return false;
        if (tag.equals("VBN"))
            return ReportingWords.lemma(view.token(before)).equals("have") || mistaggedPast(cue, before);
        if (tag.equals("VBG"))   // "is saying", "are also suggesting"
            return ReportingWords.lemma(view.token(before)).equals("be") && view.isVerb(before);
        return tag.equals("VB") && view.tag(before).equals("MD");
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    /**
     * "The three countries committed/VBN to continue …": a past tense the tagger took for a participle, read as the
     * sentence's verb when a noun comes right before it, no finite verb stands anywhere else in the sentence (a
     * reduced relative, "the pledges committed to the fund were …", leaves the sentence its own verb) and no "by"
     * follows it (a passive).
     */
    private boolean mistaggedPast(int cue, int before) {
        if (!view.tag(before).startsWith("NN") || cue + 1 >= view.tokens.size()
                || view.word(cue + 1).equalsIgnoreCase("by"))
            return false;
        int sentence = view.sentenceOf(cue);
        for (int t = view.sentenceStart(sentence); t < view.sentenceEnd(sentence); t++)
            if (t != cue && (Tokens.isFiniteVerbTag(view.tag(t)) || view.tag(t).equals("MD")))
                return false;
        return true;
    }

    /** The X of "X was quoted (by Y) as saying" for the cue "saying", or null. */
    int[] quotedAs(int cue) {
        return phrases.quotedAs(cue, view.sentenceStart(view.sentenceOf(cue)));
    }

    /** The speaker by word order: "…, X said" or "…, said X", when the parse has no subject. */
    int[] subject(int cue) {
        int sentence = view.sentenceOf(cue);
        int[] before = cue > 0 && view.commaAt(cue - 1) ? null : phrases.before(cue, view.sentenceStart(sentence));
        if (before != null && before[0] > view.sentenceStart(sentence) && view.commaAt(before[0] - 1))
            return before;
        int[] after = phrases.after(cue + 1, view.sentenceEnd(sentence));
        return after != null && view.commaAt(cue - 1) ? after : null;
    }

    /**
     * A subject the words settle without a parse: a noun phrase starting the sentence (or following a lead-in
     * such as "On Tuesday,") right before the cue, or the phrase after an inverted cue ending the sentence
     * ("…, said Mr. Kamin."). Null when the layout is any less plain.
     */
    int[] plainSubject(int cue) {
        int sentence = view.sentenceOf(cue), start = view.sentenceStart(sentence), end = view.sentenceEnd(sentence);
        for (int t = cue - 1; t > start; t--)
            if (view.word(t).equals(";") && view.quoteOf(t) < 0) {
                start = t + 1;   // "It’s an unlikely scenario; Clinton’s team says …": a clause of its own
                break;
            }
        while (start < cue && view.isPunct(start) && !view.word(start).equals("("))
            start++;   // a stray quotation mark the splitter left at the start
        if (start < cue && view.tag(start).equals("CC"))
            start++;   // "But the ministry said …", "And he says …"
        int[] antecedent = relativeAntecedent(cue, start);
        if (antecedent != null)
            return antecedent;
        int[] before = phrases.before(cue, start);
        if (before != null && before[0] > start + 1 && view.word(before[0] - 1).equalsIgnoreCase("and")) {
            int[] first = phrases.before(before[0] - 1, start);   // "Secretary Blinken and Foreign Minister Wilmès"
            if (first != null && (first[0] == start || view.commaAt(first[0] - 1) && leadIn(start, first[0] - 1)))
                before = new int[] {first[0], before[1], before[2]};
        }
        if (before != null && (before[0] == start || view.commaAt(before[0] - 1) && leadIn(start, before[0] - 1)
                || opensClause(before[0] - 1) || timeOnly(start, before[0])))
            return before;
        if (before != null && before[0] > start + 1 && view.commaAt(before[0] - 1) && closedByComma(cue, before, end))
            return before;   // "That might, he suggests, lead to …": an attribution set off inside its statement
        int[] opened = afterOpeningPhrase(cue, start, before);
        if (opened != null)
            return opened;
        int[] whole = phrases.whole(afterLeadIn(start, cue), cue);
        if (whole != null)
            return whole;
        if (before != null && before[1] < cue - 2 && before[0] > start && ",".equals(view.word(before[1]))) {
            int lead = afterLeadIn(start, before[1]);   // "Officials at Homeland Security Investigations, a division of
            whole = lead == start || view.tag(start).equals("IN") ? phrases.whole(lead, before[1]) : null;
            int close = cue - 1;   // Immigration and Customs Enforcement, said"; not "Mr Johnson, MP for Henley, said"
            while (close > before[1] && !view.word(close).equals(","))
                close--;
            if (whole != null && phrases.name(before[1] + 1, close))
                return new int[] {whole[0], close, close - 1};   // "His former partner at Lenox, Lawrence B. Cummings,
            if (whole != null)                                    // called": a role, then who holds it
                return whole;
        }
        int[] after = cue > start && view.commaAt(cue - 1) ? phrases.after(cue + 1, end) : null;
        if (after == null)
            return null;
        if (!ReportingWords.inverts(view.token(cue)))
            return allPunct(skipTime(after[1], end), end) ? after : null;   // "…, X said": only the plainest layout
        if (closedByComma(cue, after, end))
            return after;   // "The tone of the campaign, said Mr Milburn, would be …"
        // "…, say researchers at BDO Stoy Hayward.": a phrase of place or body; "…, says Ravi Mehta, an economist at
        // the ports agency.": an apposition of the speaker ends the sentence
        int rest = skipTime(after[1], end);
        return rest >= end || view.isPunct(rest) && allPunct(rest, end)
                || view.tag(rest).equals("IN") && trailingAdjunct(rest, end)
                || view.word(rest).equals(",") && rest + 1 < end && trailingAdjunct(rest + 1, end) ? after : null;
    }

    /**
     * "…, Home Secretary Charles Clarke, who said …", "…, the British Bankers' Association, which said …": for a cue
     * whose subject is "who" (or "which" after a comma), the named person or body right before it (a comma between
     * allowed); null otherwise, or when the noun before names nobody ("members who say …").
     */
    private int[] relativeAntecedent(int cue, int start) {
        int who = cue - 1;
        while (who > start && (view.tag(who).startsWith("RB") || view.tag(who).equals("MD")))
            who--;
        boolean which = view.word(who).equalsIgnoreCase("which") && view.tag(who).equals("WDT");
        if (who <= start || !which && !(view.word(who).equalsIgnoreCase("who") && view.tag(who).equals("WP")))
            return null;
        if (which && !view.word(who - 1).equals(","))
            return null;   // "…, which said": a body named before the comma; not "the plan which said" 
        int[] noun = phrases.before(view.word(who - 1).equals(",") ? who - 1 : who, start);
        return noun != null && noun[1] >= who - 1 && (view.inName(noun[2]) || view.tag(noun[2]).startsWith("NNP")) ? noun : null;
    }

    /**
     * A word after which a new clause, with its own subject, starts: a subordinating conjunction ("after the
     * minister said …", "when he said …") or a coordinating one after a comma ("…, and the bank said …").
     */
    private boolean opensClause(int t) {
        if (t <= 0)
            return false;
        String w = view.word(t).toLowerCase(java.util.Locale.ROOT);
        if (w.equals("and"))   // "Blair and Brown said" is one subject; "…, and the bank said" a new clause
            return view.commaAt(t - 1);
        if (w.equals("but"))
            return true;
        if (view.tag(t).equals("WRB") || view.tag(t).startsWith("W") && view.tag(t - 1).equals("IN"))
            return !view.inName(t);   // "why the report recommends", "in which he said"; not "whom Rubio thanked"
        return SUBORDINATORS.contains(w) && !view.inName(t);
    }

    /** Conjunctions that open a clause with its own subject. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "as", "because", "although", "though",
            "while", "since", "before", "until", "once", "whereas");

    /**
     * "In his New Year message the Liberal Democrat leader said", "At home he said", "During his speech Mr Brown
     * told MPs": after a prepositional phrase opening the sentence without a comma, the subject starts at the last
     * determiner or pronoun after a noun, or at a name after a lower-case noun or a time. Null otherwise.
     */
    private int[] afterOpeningPhrase(int cue, int start, int[] before) {
        if (before == null || before[0] <= start || !view.tag(start).equals("IN"))
            return null;
        for (int t = start; t < before[0]; t++)
            if (view.isVerb(t) || view.isPunct(t) || view.quoteOf(t) >= 0 || view.tag(t).startsWith("W"))
                return null;
        for (int p = before[2]; p >= before[0] && p > start + 1; p--) {
            String tag = view.tag(p), previous = view.tag(p - 1);
            boolean afterNoun = previous.startsWith("NN") && Character.isLowerCase(view.word(p - 1).charAt(0))
                    || previous.equals("CD") || view.isTime(p - 1);
            if (afterNoun && (tag.equals("DT") || tag.equals("PRP") || tag.startsWith("NNP") && view.inName(p))) {
                int[] subject = phrases.before(cue, p);
                return subject != null && subject[0] == p ? subject : null;
            }
        }
        return null;
    }

    /** The first token after a lead-in and its comma ("On Tuesday, …", "Meanwhile, …"), else {@code start}. */
    private int afterLeadIn(int start, int cue) {
        for (int t = start; t < cue; t++)
            if (view.commaAt(t))
                return leadIn(start, t) ? t + 1 : start;
        return start;
    }

    /** Words before a comma that only set the scene ("On Tuesday,", "In a statement,"), or a whole statement. */
    private boolean leadIn(int begin, int comma) {
        for (int t = begin; t < comma; t++)
            if (view.isVerb(t))
                return clause(begin, comma);   // "C, X said": the part before is the statement
        return comma - begin <= 6 || comma - begin <= 15 && (view.tag(begin).equals("IN") || view.tag(begin).equals("TO")
                || view.tag(begin).startsWith("RB") && begin + 1 < comma && view.tag(begin + 1).equals("IN"));
    }   // "In an interview with the BBC's political editor, X said", "Ahead of talks with the LSE on Friday, X said"

    private boolean allPunct(int from, int end) {
        for (int t = from; t < end; t++)
            if (!view.isPunct(t))
                return false;
        return true;
    }

    /** Whether the words from {@code begin} to {@code end} are a time only: "In November the bank said". */
    private boolean timeOnly(int begin, int end) {
        for (int t = begin; t < end; t++)
            if (!TimeWords.at(view, t, end) && !(view.tag(t).equals("IN") && t + 1 < end && view.isTime(t + 1)))
                return false;
        return begin < end;
    }

    /** {begin, end} of the clause after the cue, to the end of the sentence; null if none. */
    int[] complement(int cue) {
        int end = view.sentenceEnd(view.sentenceOf(cue));
        int t = skipTimeNotOwner(cue + 1, end);
        if (ReportingWords.takesHearer(view.token(cue)) && !(t < end && view.word(t).equalsIgnoreCase("that"))) {
            int[] hearer = phrases.after(t, end);
            int next = hearer == null ? t : skipTimeNotOwner(hearerEnd(hearer), end);
            if (hearer != null && !(next < end && (Tokens.isFiniteVerbTag(view.tag(next)) || view.tag(next).equals("MD")
                    || view.tag(next).equals("TO"))))
                t = next;   // "warned it might …", "warned there are …": no hearer, the clause's own subject; "urged the
        }               // watchdog to stop …": who is urged belongs to what is said
        t = thatAfterAdjunct(t, end);
        boolean that = t < end && view.word(t).equalsIgnoreCase("that");
        if (that) {   // after "that" the clause may open with anything: "that, given …", "that introducing …"
            t++;
            while (t < end && view.word(t).equals(","))
                t++;
        }
        end = beforeCoordinatedCue(t, end);
        while (end > t && view.isPunct(end - 1) && view.quoteOf(end - 1) < 0)
            end--;
        if (t < end && !that && !startsClause(t) && !gerundSubject(t, end))
            t = clauseAfterAdjunct(t, end);
        return t >= 0 && t < end && clause(t, end) ? new int[] {t, end} : null;
    }

    /**
     * "X said C1 but on Wednesday said C2", "X said C1 - and asked how …": a second finite cue of the same subject,
     * after "and" or "but" (adverbs and times between), ends the first statement. Else {@code end}.
     */
    private int beforeCoordinatedCue(int t, int end) {
        return beforeCoordinatedCue(t, end, false);
    }

    /**
     * As {@link #beforeCoordinatedCue(int, int)}; with {@code anyCue}, a verb whose statement is its object counts
     * too: "reiterated the commitment … and recalled that …", "commended X and expressed support for Y".
     */
    private int beforeCoordinatedCue(int t, int end, boolean anyCue) {
        for (int u = t + 1; u < end; u++) {
            String w = view.word(u).toLowerCase(java.util.Locale.ROOT);
            if (!(w.equals("and") || w.equals("but")) || view.quoteOf(u) >= 0)
                continue;
            int v = skipTime(u + 1, end);
            if (v < end && (anyCue ? ReportingWords.isCue(view.token(v)) : ReportingWords.isSpeech(view.token(v)))
                    && Tokens.isFiniteVerbTag(view.tag(v)))
                return view.word(u - 1).equals(",") ? u - 1 : u;
        }
        return end;
    }

    /**
     * "said in that case the talks would fail", "said during his years in Parliament he had seen …": after a short
     * prepositional phrase, the clause that starts with the subject right before a finite verb (the adjunct belongs
     * to the saying, as in "said on Twitter that …"); -1 if there is none.
     */
    private int clauseAfterAdjunct(int t, int end) {
        if (!view.tag(t).equals("IN"))
            return -1;
        for (int u = t + 2; u < end && u - t <= 10; u++) {
            String tag = view.tag(u);
            if (view.isPunct(u) || view.quoteOf(u) >= 0)
                return -1;
            if (Tokens.isFiniteVerbTag(tag)) {
                int subject = u - 1;
                if (subject <= t + 1 || !(view.tag(subject).equals("PRP") || view.tag(subject).startsWith("NN")))
                    return -1;
                while (subject - 1 > t + 1 && !view.tag(subject).equals("DT") && !view.tag(subject).equals("PRP$")
                        && SUBJECT_WORDS.contains(view.tag(subject - 1).substring(0, Math.min(2, view.tag(subject - 1).length()))))
                    subject--;   // back to the determiner that opens the subject
                return subject;
            }
            if (view.isVerb(u))
                return -1;
        }
        return -1;
    }

    /** Tag prefixes of words inside a short subject: "the talks", "his new plan". */
    private static final Set<String> SUBJECT_WORDS = Set.of("DT", "JJ", "NN", "PR");

    /** The end of a hearer phrase, which is one noun phrase: "told MPs | the UK would …". */
    private int hearerEnd(int[] hearer) {
        for (int u = hearer[0] + 1; u < hearer[1]; u++)
            if (view.tag(u - 1).startsWith("NN") && (view.tag(u).equals("DT") || view.tag(u).startsWith("PRP")))
                return u;
        return hearer[1];
    }

    /** "said stopping the abuse is a key aim": a gerund opening a clause whose finite verb follows. */
    private boolean gerundSubject(int t, int end) {
        if (!view.tag(t).equals("VBG"))
            return false;
        for (int u = t + 1; u < end; u++) {
            if (view.isPunct(u))
                return false;
            if (Tokens.isFiniteVerbTag(view.tag(u)))
                return true;
        }
        return false;
    }

    /** {@link #skipTime}, unless the "time" owns the next word: "says this year's increases …" is no time. */
    private int skipTimeNotOwner(int t, int end) {
        int after = skipTime(t, end);   // nor is "said the minutes appeared …": the "time" is the clause's subject
        return after < end && after > t && (view.tag(after).equals("POS") || Tokens.isFiniteVerbTag(view.tag(after))
                || view.tag(after).equals("MD")) ? t : after;
    }

    /**
     * "said on Twitter that …", "told reporters in Geneva that …": a short prepositional phrase, without verb or
     * comma, between the cue and "that" is an adjunct; the statement starts at "that". Else {@code t} itself.
     */
    private int thatAfterAdjunct(int t, int end) {
        if (t >= end || !view.tag(t).equals("IN") || view.word(t).equalsIgnoreCase("that"))
            return t;
        for (int u = t + 1; u < end && u <= t + MAX_ADJUNCT; u++) {
            if (view.word(u).equalsIgnoreCase("that"))   // tagged IN or, after a noun, WDT; not "in that case"
                return !view.tag(u).equals("DT") && u > t + 1 ? u : t;
            if (view.isVerb(u) || view.isPunct(u) && !placeComma(u) || view.quoteOf(u) >= 0)
                return t;
        }
        return t;
    }

    /** Longest adjunct between a cue and its "that", in tokens: "said during a Friday evening rally in Michigan that". */
    private static final int MAX_ADJUNCT = 10;

    /** A comma inside a place's name: "in Toledo, Ohio, that" (a name on both sides of it, or a name before the last). */
    private boolean placeComma(int u) {
        return view.word(u).equals(",") && u > 0 && u + 1 < view.tokens.size() && view.tag(u - 1).equals("NNP")
                && (view.tag(u + 1).equals("NNP") || view.word(u + 1).equalsIgnoreCase("that")
                        && u > 2 && view.word(u - 2).equals(","));
    }

    /** {begin, end} of what follows a verb in its clause ("called the operation …", "denied the allegations"). */
    int[] object(int cue) {
        int end = view.sentenceEnd(view.sentenceOf(cue));
        int t = skipTime(cue + 1, end);
        if (t < end && ReportingWords.lemma(view.token(cue)).equals("call")
                && (view.word(t).equalsIgnoreCase("on") || view.word(t).equalsIgnoreCase("upon")))
            t++;   // "called on the government to …": who is urged, and to do what
        int e = t;
        end = beforeCoordinatedCue(t, end, true);
        while (e < end && (!BOUNDARIES.contains(view.word(e).toLowerCase(java.util.Locale.ROOT)) || asComplement(e, end)))
            e++;
        while (e > t && view.isPunct(e - 1) && view.quoteOf(e - 1) < 0)
            e--;
        int quote = e > t ? view.quoteOf(e - 1) : -1;
        if (quote >= 0)   // "… “an absolutely colossal victory …”"
            e = Math.min(end, view.tokenAt(view.quotes.get(quote).end()));
        if (t < end && view.word(t).equalsIgnoreCase("to") && e <= t + 2)
            return null;   // "committed to:" before a list says nothing yet
        boolean to = t < end && view.word(t).equalsIgnoreCase("to") && TO_OBJECT.contains(ReportingWords.lemma(view.token(cue)));
        return e > t && !view.isPunct(t) && !view.tag(t).equals("IN")
                || e > t + 1 && (view.word(t).equalsIgnoreCase("for") || to) ? new int[] {t, e} : null;
    }

    /**
     * "condemned Hamas as a brutal terrorist organization", "described the talks as frank": an "as" after the object
     * that no finite verb follows before the next mark is part of what was said, not a clause boundary ("as talks
     * began").
     */
    private boolean asComplement(int t, int end) {
        if (!view.word(t).equalsIgnoreCase("as") || t + 1 >= end || view.word(t + 1).equalsIgnoreCase("well"))
            return false;
        if (t + 2 < end && AS_SUBJECTS.contains(view.word(t + 1).toLowerCase(java.util.Locale.ROOT))
                && Tokens.isFiniteVerbTag(view.tag(t + 2)))
            return true;   // "expressed support for Laos as it prepares to assume the chairmanship": the object's own
        for (int u = t + 1; u < end && !view.isPunct(u); u++)
            if (Tokens.isFiniteVerbTag(view.tag(u)) || view.tag(u).equals("MD"))
                return false;
        return true;
    }

    /** Subjects of an "as" clause that goes on speaking of the object ("… as it prepares", "… as they work"). */
    private static final Set<String> AS_SUBJECTS = Set.of("it", "they");

    /** {begin, end} of the statement before ", X said." ending the sentence; null if the cue is not there. */
    int[] fronted(int cue, int[] source) {
        int sentence = view.sentenceOf(cue), start = view.sentenceStart(sentence);
        int end = view.sentenceEnd(sentence);
        int after = skipTime(source[0] > cue ? source[1] : cue + 1, end);
        if (!trailingAdjunct(after, end) && !(after + 1 < end && view.word(after).equals(",")
                && !closedByComma(cue, source, end) && trailingAdjunct(after + 1, end)))
            return null;   // "…, says Ravi Mehta, an economist at …" ends with the speaker's apposition
        int comma = Math.min(source[0], cue) - 1;
        if (comma <= start || !view.commaAt(comma))
            return null;
        int b = start, e = view.word(comma).equals(",") ? comma : comma - 1;
        while (b < e && view.isPunct(b) && view.quoteOf(b) < 0)
            b++;
        return clause(b, e) ? new int[] {b, e} : null;
    }

    /**
     * Whether the words from {@code t} to the end of the sentence only say where or to whom it was said: nothing, or
     * a short phrase without a verb ("… in a news release on Saturday.", "… told reporters.").
     */
    private boolean trailingAdjunct(int t, int end) {
        int words = 0;
        for (int u = t; u < end; u++) {
            if (view.isVerb(u) || view.quoteOf(u) >= 0 || view.word(u).equals(","))
                return false;
            if (!view.isPunct(u))
                words++;
        }
        return words <= 8;
    }

    /** Conjunctions that may open what is said: "said while everyone had the right …, they also had …". */
    private static final Set<String> CONTENT_SUBORDINATORS = Set.of("once", "while", "whilst", "although", "though",
            "unless", "because");

    private boolean startsClause(int t) {
        String w = view.word(t).toLowerCase(java.util.Locale.ROOT);
        return !NOT_CLAUSE_STARTS.contains(view.tag(t)) || w.equals("if") || w.equals("whether")
                || w.equals("neither") || w.equals("either")   // "says neither the nominee nor her campaign helped …"
                || CONTENT_SUBORDINATORS.contains(w)   // "said once Britain had opted in, it could not …"
                || view.tag(t).equals("IN") && t + 1 < view.tokens.size() && view.tag(t + 1).equals("CD");   // "about 500 …"
    }

    /**
     * Whether the attribution of {@code cue} with speaker {@code source} ends with a comma that more of the statement
     * follows: "…, said Mr Milburn, would be …", "…, Sunil Mendis told reporters, and could rise …".
     */
    private boolean closedByComma(int cue, int[] source, int end) {
        int after = attributionEnd(cue, source, end);
        if (after + 2 >= end || !view.word(after).equals(",") || view.isPunct(after + 1))
            return false;
        String opening = view.tag(after + 1);   // "…, would be …", "…, and could rise …", "…, with sales up …"
        if (opening.startsWith("VB") || opening.equals("MD") || opening.startsWith("RB") || opening.equals("CC")
                || opening.equals("TO") || opening.equals("IN"))
            return true;
        for (int t = after + 1; t < end && !view.word(t).equals(","); t++)
            if (view.tag(t).equals("MD") || view.tag(t).equals("VBD"))
                return true;   // "…, he said, the talks would resume": a clause with its own subject
        return false;   // "…, says Ravi Mehta, an economist at the ports agency": an apposition of the speaker (the
    }                   // tagger's VBZ for "ports" is no sign of a clause)

    /** The token after an attribution: its speaker when inverted, a time, and the hearer of "told reporters". */
    private int attributionEnd(int cue, int[] source, int end) {
        int after = skipTime(source[0] > cue ? source[1] : cue + 1, end);
        if (source[0] < cue && after < end && ReportingWords.takesHearer(view.token(cue))) {
            int[] hearer = phrases.after(after, end);
            if (hearer != null)
                after = skipTime(hearerEnd(hearer), end);
        }
        return after;
    }

    /**
     * "All of which, he said, would help …": the attribution set off by commas inside its statement. Returns the
     * two pieces {b1, e1, b2, e2}, or null.
     */
    int[] parenthetical(int cue, int[] source) {
        int sentence = view.sentenceOf(cue), start = view.sentenceStart(sentence);
        int end = view.sentenceEnd(sentence);
        int before = Math.min(source[0], cue) - 1;
        int after = attributionEnd(cue, source, end);
        if (before <= start || after >= end || !view.word(before).equals(",") || !closedByComma(cue, source, end))
            return null;
        int b = start;
        while (b < before && view.isPunct(b) && view.quoteOf(b) < 0)
            b++;
        int e = end;
        while (e > after + 1 && view.isPunct(e - 1) && view.quoteOf(e - 1) < 0)
            e--;
        return before - b >= 1 && clause(b, e) ? new int[] {b, before, after + 1, e} : null;
    }

    private int skipTime(int t, int end) {
        return TimeWords.skip(view, t, end);
    }

    /** At least three words with a verb: a statement, not a name or a phrase. */
    private boolean clause(int begin, int end) {
        int words = 0;
        boolean verb = false;
        for (int t = begin; t < end; t++) {
            if (!view.isPunct(t))
                words++;
            verb |= view.isVerb(t);
        }
        return words >= 3 && verb;
    }
}
