package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Direct quotes and their speakers, by the conventions of news writing: the attribution follows the quote
 * ("“…,” Rubio told the leaders"; "“…,” said Shoaib"; "“…” ― Carla Sanchez") or introduces it ("Rubio added:
 * “…”", "They said that “…”"), or the sentence before ends with it ("Caddell continued:"). A quote split by its
 * attribution ("“…,” he said, “…”") is one statement of two pieces. A quote inside a sentence of reported speech
 * ("focused on “Haiti; …”") is left to {@link ReportedSpeech}.
 */
final class QuoteAttributor {
    private static final int MAX_AFTER = 12;
    /** Longest stretch from an introducing cue to its quote: "said in an interview with The Spectator magazine: “…”". */
    private static final int MAX_BEFORE = 12;
    private static final Set<String> SEPARATORS = Set.of(",", ":", "that", "--", "—", "-", "―");

    private final QuotedTokens view;
    private final SourcePhrases parsed;
    private final SurfacePhrases surface;

    QuoteAttributor(QuotedTokens view, SourcePhrases parsed) {
        this.view = view;
        this.parsed = parsed;
        this.surface = new SurfacePhrases(view);
    }

    /** Attributions of the quotes that have one; {@code own[q]} is set to the attribution of quote q. */
    List<Attribution> attribute(Attribution[] own) {
        List<Attribution> found = new ArrayList<>();
        for (int q = 0; q < view.quotes.size(); q++) {
            QuoteParts parts = QuoteParts.of(view, q);
            if (parts == null)
                continue;
            Attribution a = parts.beforeIsEmpty() || parts.beforeIsLeadIn() ? after(parts) : null;
            if (a == null && parts.afterIsEmpty())
                a = before(parts, parts.beforeIsEmpty() ? parts.previousSentenceBefore() : parts.beforeBegin);
            if (a == null && parts.afterIsEmpty() && !parts.beforeIsEmpty())
                a = answer(parts);
            if (a == null)
                continue;
            Attribution previous = q > 0 ? own[q - 1] : null;
            if (previous != null && previous.cueBegin == a.cueBegin) {
                previous.pieces.add(new int[] {parts.quote.begin(), parts.quote.end()}); // "“A,” he said, “B.”"
                own[q] = previous;
            } else {
                own[q] = a;
                found.add(a);
            }
        }
        return found;
    }

    /** "“…,” S said …", "“…,” said S …", "“…” ― S". */
    private Attribution after(QuoteParts parts) {
        int from = parts.afterBegin, limit = Math.min(parts.afterEnd, from + MAX_AFTER);
        if (from < parts.afterEnd && QuoteParts.DASHES.contains(view.word(from)))
            return dashed(parts, from);
        for (int t = from; t < limit; t++) {
            if (view.word(t).equals(";") || view.word(t).equals("."))
                return null;
            if (ReportingWords.isSpeech(view.token(t)))
                return attributed(parts, t, from, parts.afterEnd, "quote/attribution-after", 0.9);
            if (view.isVerb(t) && !isAux(t) && !surface.isQuotingVerb(t))
                return null;   // "“…,” he is quoted as saying" goes on to its cue
        }
        return null;
    }

    /** "“…” ― Carla Sanchez": a name after a dash, ending the paragraph. */
    private Attribution dashed(QuoteParts parts, int dash) {
        int[] source = surface.after(dash + 1, parts.afterEnd);
        if (source == null || !view.tag(source[2]).startsWith("NNP"))
            return null;
        for (int t = source[1]; t < parts.afterEnd; t++)
            if (view.isVerb(t))
                return null;
        return new Attribution(parts.quote.begin(), parts.quote.end(), true, "quote/dash", 0.8)
                .cue(dash, dash + 1).source(source[0], source[1], source[2]);
    }

    /** "S said: “…”", "S said that “…”", "S told reporters in Ohio: “…”". */
    private Attribution before(QuoteParts parts, int from) {
        if (from < 0)
            return null;
        int end = view.tokenAt(parts.quote.begin());
        for (int t = end - 1; t >= from && end - t <= MAX_BEFORE; t--) {
            if (view.quoteOf(t) >= 0 || view.isVerb(t) && !ReportingWords.isSpeech(view.token(t)))
                return null;
            if (ReportingWords.isSpeech(view.token(t)))
                return introduces(t, end) ? attributed(parts, t, from, t, "quote/attribution-before", 0.85) : null;
        }
        return null;
    }

    /** "She was asked if …: “…”": the one asked answers. */
    private Attribution answer(QuoteParts parts) {
        int end = view.tokenAt(parts.quote.begin());
        if (!view.word(end - 1).equals(":"))
            return null;
        for (int t = parts.beforeBegin; t < end; t++) {
            if (!ReportingWords.lemma(view.token(t)).equals("ask") || !view.tag(t).equals("VBN"))
                continue;
            int[] source = parsed.passiveSubjectOf(t);
            if (source == null && t > 0 && ReportingWords.lemma(view.token(t - 1)).equals("be"))
                source = surface.before(t - 1, view.sentenceStart(view.sentenceOf(t)));   // "She was asked": she
            return source == null ? null : new Attribution(parts.quote.begin(), parts.quote.end(), true,
                    "quote/answer", 0.75).cue(t, t + 1).source(source[0], source[1], source[2]);
        }
        return null;
    }

    /** Between cue and quote: nothing, a separator, or words then ',' / ':' (an object only for "told" verbs). */
    private boolean introduces(int cue, int quote) {
        int words = 0;
        for (int t = cue + 1; t < quote; t++)
            if (!SEPARATORS.contains(view.word(t).toLowerCase(Locale.ROOT)))
                words++;
        if (words == 0)
            return true;
        String last = view.word(quote - 1);
        boolean hearer = ReportingWords.takesHearer(view.token(cue));   // "told reporters: “…”"
        return last.equals(":") || last.equals(",") && hearer || hearer && words <= 3;
    }

    private Attribution attributed(QuoteParts parts, int cue, int from, int to, String rule, double confidence) {
        Attribution a = new Attribution(parts.quote.begin(), parts.quote.end(), true, rule, confidence)
                .cue(cue, cue + 1);
        int[] source = surface.quotedAs(cue, from);
        if (source == null && view.tag(cue).equals("VBG") && !(cue > 0 && isAux(cue - 1))) {
            // "wrote to the watchdog saying: “…”": the participle's subject is its clause's, not the noun before it
            source = parsed.mainSubject(view.sentenceOf(cue));
            if (source == null || source[1] > cue)
                return a;
        }
        if (source == null)
            source = plainSource(parts, cue, from);
        if (source == null) {
            source = parsed.subjectOf(cue);
            if (source != null && (source[0] < from || source[1] > Math.max(to, cue + MAX_AFTER)
                    || view.quoteOf(source[2]) >= 0))
                source = null;
        }
        if (source == null)
            source = cue > from ? surface.before(cue, from) : null;
        if (source == null && cue > parts.last)   // after the quote, the inverted "“…,” said X"; before it, what
            source = surface.after(cue + 1, parts.afterEnd);   // follows the cue is the hearer ("told researchers:")
        if (source != null)
            a.source(source[0], source[1], source[2]);
        return a;
    }

    /** The speaker where the words leave no doubt: "“…,” analyst Qamar Cheema told", "said Shoaib", "Rubio added:". */
    private int[] plainSource(QuoteParts parts, int cue, int from) {
        int first = from;
        while (first < cue && view.isPunct(first))
            first++;
        if (first == cue)   // "“…,” said S" (or "S said" with nothing before the cue)
            return cue > parts.first ? surface.after(cue + 1, parts.afterEnd) : null;
        int[] before = surface.before(cue, from);
        return before != null && before[0] == first ? before : null;
    }

    private boolean isAux(int t) {
        String lemma = ReportingWords.lemma(view.token(t));
        return lemma.equals("have") || lemma.equals("be") || lemma.equals("do");
    }
}
