package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.text.Tokens;

/**
 * Reported speech: "X said (that) C", "C, X said", "All of which, he said, would …", "X denied C", "X vowed to
 * C", "…, saying C" and "according to X, C". The plain word orders of news are read from the words alone;
 * only the sentences they do not settle are parsed ({@link ParsedSpeech}), since parsing is the expensive part.
 */
final class ReportedSpeech {
    private final QuotedTokens view;
    private final SourcePhrases sources;
    private final Parses parses;
    private final ParsedSpeech parsed;
    private final According according;
    private final SurfaceSpeech surface;

    ReportedSpeech(QuotedTokens view, Parses parses, SourcePhrases sources) {
        this.view = view;
        this.parses = parses;
        this.sources = sources;
        this.parsed = new ParsedSpeech(view, parses);
        this.according = new According(view);
        this.surface = new SurfaceSpeech(view);
    }

    /** Statements of the cues not in {@code taken}, whose content does not overlap a direct quote of {@code taken}. */
    List<Attribution> find(List<Attribution> taken) {
        List<Attribution> found = new ArrayList<>();
        for (int t = 0; t < view.tokens.size(); t++) {
            if (view.quoteOf(t) >= 0 || usedAsCue(taken, t))
                continue;
            Attribution a = view.word(t).equalsIgnoreCase("according") ? according.at(t)
                    : ReportingWords.isCue(view.token(t)) ? reported(t, taken) : null;
            if (a != null && taken.stream().noneMatch(o -> o.overlaps(a.begin(), a.end()) && o.direct))
                found.add(a);
        }
        return found;
    }

    private Attribution reported(int cue, List<Attribution> taken) {
        int[] quoted = surface.quotedAs(cue);   // "X was quoted as saying C", "C, X has been reported as saying."
        if (quoted != null)
            return wordOrder(cue, quoted, 0.7);
        Attribution purpose = purpose(cue);
        if (purpose != null)
            return purpose;
        Attribution plain = plainWordOrder(cue);
        if (plain != null || !worthParsing(cue, taken))
            return plain;
        if (!ReportingWords.isSpeech(view.token(cue)))
            return wordsOnly(cue);
        Attribution plainParticiple = plainParticiple(cue);
        if (plainParticiple != null)
            return plainParticiple;
        if (!parses.enabled())
            return null;   // read from the words only: the parse is opt-in
        ParsedSpeech.Found content = parsed.contentOf(cue);
        int[] source = sources.subjectOf(cue);
        boolean speech = ReportingWords.isSpeech(view.token(cue));
        if (source == null && content == null && speech)
            source = surface.subject(cue);
        if (source == null && participle(cue)) {   // "Trump attacked Clinton on Friday, saying she …"
            source = sources.mainSubject(view.sentenceOf(cue));
            source = source != null && source[1] <= cue ? source : null;
            int[] after = content == null && source != null ? surface.complement(cue) : null;
            if (after != null)
                content = new ParsedSpeech.Found(after[0], after[1], "reported/participle", 0.65);
        }
        if (source == null)
            return null;
        if (content == null && speech && surface.finite(cue))
            return wordOrder(cue, source, 0.7);
        if (content == null || source[0] < content.end() && content.begin() < source[1])
            return null;
        return new Attribution(view.begin(content.begin()), view.end(content.end() - 1), false, content.rule(),
                content.confidence()).cue(cue, cue + 1).source(source[0], source[1], source[2]);
    }

    /**
     * "President Biden spoke today with President Aoun to congratulate him on …", "The Secretary met Foreign Minister
     * Hayashi in Washington to reaffirm …": a speech verb in the infinitive of purpose of a sentence whose plain
     * subject met or called someone ({@code contact-verb} of {@code data/statements.tsv}) is that subject's statement. Only after a name or a time (the
     * one met or called, the day): not after a verb or adjective ("wants to thank", "is expected to reaffirm"), whose
     * intentions are no statements made, nor after a common noun ("Israel's right to defend itself", "efforts to
     * reject"), whose infinitive says what the noun is.
     */
    private static final StatementWords WORDS = StatementWords.standard();

    private Attribution purpose(int cue) {
        if (!view.tag(cue).equals("VB") || cue < 2 || !view.tag(cue - 1).equals("TO")
                || !(view.tag(cue - 2).startsWith("NNP") || view.isTime(cue - 2))   // not "the right to defend itself"
                || !(ReportingWords.takesObject(view.token(cue)) || ReportingWords.isSpeech(view.token(cue))))
            return null;
        int verb = view.sentenceStart(view.sentenceOf(cue));
        while (verb < cue && !(Tokens.isFiniteVerbTag(view.tag(verb)) || view.tag(verb).equals("MD")))
            verb++;   // the first finite verb: the sentence's own, whose subject opens it
        if (verb >= cue || !view.tag(verb).equals("VBD") || !WORDS.isContactVerb(ReportingWords.lemma(view.token(verb))))
            return null;   // "thanked Peru for its support at the UN to call for …": the call is Peru's
        int[] subject = surface.plainSubject(verb);
        if (subject == null || subject[1] > verb)
            return null;
        for (int t = verb + 1; t < cue - 1; t++)
            if (Tokens.isFiniteVerbTag(view.tag(t)) || view.tag(t).equals("MD") || view.quoteOf(t) >= 0)
                return null;   // "… said he wanted … to thank": another clause
        int[] content = ReportingWords.takesObject(view.token(cue)) ? surface.object(cue) : surface.complement(cue);
        return content == null ? null : new Attribution(view.begin(content[0]), view.end(content[1] - 1), false,
                "reported/purpose", 0.6).cue(cue, cue + 1).source(subject[0], subject[1], subject[2]);
    }

    /**
     * Verbs of believing and verbs whose statement is their object ("Trump called the operation …", "experts
     * believe …") are taken from word order alone, with a plain subject: they are many and seldom statements,
     * too many to parse for.
     */
    private Attribution wordsOnly(int cue) {
        if (ReportingWords.lemma(view.token(cue)).equals("commit")
                && !(cue + 1 < view.tokens.size() && view.word(cue + 1).equalsIgnoreCase("to")))
            return null;   // "committed to …" is a pledge; "committed a crime" is no statement
        int[] source = surface.finite(cue) ? surface.plainSubject(cue) : null;
        if (source == null)
            source = coordinatedSubject(cue);
        if (source == null || source[0] > cue)
            return null;
        boolean clause = ReportingWords.isReporting(view.token(cue));
        int[] content = clause ? surface.complement(cue) : surface.object(cue);
        return content == null ? null : new Attribution(view.begin(content[0]), view.end(content[1] - 1), false,
                clause ? "reported/word-order" : "reported/object", clause ? 0.7 : 0.6)
                .cue(cue, cue + 1).source(source[0], source[1], source[2]);
    }

    /** "Rubio said the US …", "…, Rubio said.", "All of which, he said, …" with a plain subject: no parse needed. */
    private Attribution plainWordOrder(int cue) {
        if (!ReportingWords.isSpeech(view.token(cue)) || !surface.finite(cue))
            return null;
        int[] source = surface.plainSubject(cue);
        double confidence = 0.75;
        if (source == null) {
            source = coordinatedSubject(cue);
            confidence = 0.7;
        }
        if (source == null)
            return null;
        Attribution a = wordOrder(cue, source, confidence);
        if (a != null || source[0] > cue || !ReportingWords.takesObject(view.token(cue)))
            return a;
        int[] content = surface.object(cue);   // "underscored the importance of …": a noun phrase, no clause
        return content == null ? null : new Attribution(view.begin(content[0]), view.end(content[1] - 1), false,
                "reported/object", confidence - 0.1).cue(cue, cue + 1).source(source[0], source[1], source[2]);
    }

    /**
     * "The Secretary congratulated X and welcomed Y", "They reaffirmed X, underscored Y, and emphasized Z": a finite
     * cue after "and" or a comma shares the subject opening its sentence, when the words make that subject plain.
     */
    private int[] coordinatedSubject(int cue) {
        if (!surface.finite(cue))
            return null;
        int before = cue - 1;   // "… but on Wednesday said …": adverbs and times between
        while (before >= 0 && TimeWords.at(view, before, cue))
            before--;
        boolean and = before >= 0 && (view.word(before).equalsIgnoreCase("and") || view.word(before).equalsIgnoreCase("but"));
        if (!and && (before < 0 || !view.word(before).equals(",") || ReportingWords.inverts(view.token(cue))))
            return null;   // "…, says the party": the subject follows
        int sentence = view.sentenceOf(cue);
        if (cue - view.sentenceStart(sentence) > MAX_COORDINATED)
            return null;   // a readout's series of verbs is short; a run-on "sentence" is no series
        int[] subject = sources.plainSubject(sentence);
        if (subject == null || subject[1] >= before)
            return null;
        for (int t = subject[1]; t < before; t++)
            if (view.tag(t).startsWith("W") || view.quoteOf(t) >= 0 && longQuote(view.quoteOf(t)))
                return null;   // "said the man, who later disappeared, claimed …": another subject's clause
        return subject;
    }

    /** A quote longer than a few scare-quoted words ("hailed “industrial history”") may hold its own speaker. */
    private boolean longQuote(int quote) {
        return view.tokenAt(view.quotes.get(quote).end()) - view.tokenAt(view.quotes.get(quote).begin()) > 6;
    }

    /** How far into its sentence a cue may share the sentence's subject, in tokens. */
    private static final int MAX_COORDINATED = 80;


    private Attribution wordOrder(int cue, int[] source, double confidence) {
        int[] content = source[0] < cue ? surface.complement(cue) : null;
        if (content == null)
            content = surface.fronted(cue, source);
        if (content != null)
            return new Attribution(view.begin(content[0]), view.end(content[1] - 1), false, "reported/word-order",
                    confidence).cue(cue, cue + 1).source(source[0], source[1], source[2]);
        int[] pieces = surface.parenthetical(cue, source);
        if (pieces == null)
            return null;
        Attribution a = new Attribution(view.begin(pieces[0]), view.end(pieces[1] - 1), false,
                "reported/parenthetical", confidence).cue(cue, cue + 1).source(source[0], source[1], source[2]);
        a.pieces.add(new int[] {view.begin(pieces[2]), view.end(pieces[3] - 1)});
        return a;
    }

    /**
     * Whether the parse could find a statement: not for a passive or infinitive cue ("was called", "to find"),
     * nor for a verb of believing that no clause follows ("know the area").
     */
    private boolean worthParsing(int cue, List<Attribution> taken) {
        String tag = view.tag(cue), before = cue > 0 ? ReportingWords.lemma(view.token(cue - 1)) : "";
        if (tag.equals("VBN") && before.equals("be") || tag.equals("VB") && before.equals("to") || quotedAfter(cue, taken))
            return false;
        if (ReportingWords.isSpeech(view.token(cue)))   // a finite cue or participle, with a clause to report or
            return (surface.finite(cue) || participle(cue))   // one it ends ("C, X said."), or an object
                    && (verbAfter(cue) || ReportingWords.takesObject(view.token(cue)) || endsClause(cue));
        if (ReportingWords.takesObject(view.token(cue)))
            return true;
        int next = cue + 1 < view.tokens.size() ? cue + 1 : cue;
        return surface.complement(cue) != null || view.commaAt(cue - 1) || view.isPunct(next);
    }

    /**
     * "X rejected the claim, saying C", "X said C1, adding that C2" read from the words: the speaker is the plain
     * subject opening the sentence, or, after an attribution in the same sentence ("…, BMW said, adding …"), that
     * attribution's speaker (no source here: the statement stage carries it over). Null when neither is plain.
     */
    private Attribution plainParticiple(int cue) {
        if (!participle(cue))
            return null;
        int[] content = surface.complement(cue);
        if (content == null)
            return null;
        Attribution a = new Attribution(view.begin(content[0]), view.end(content[1] - 1), false, "reported/participle",
                0.65).cue(cue, cue + 1);
        int sentence = view.sentenceOf(cue);
        for (int t = view.sentenceStart(sentence); t < cue - 1; t++)
            if (ReportingWords.isSpeech(view.token(t)) && surface.finite(t))
                return a;   // the earlier cue's speaker
        int[] subject = sources.plainSubject(sentence);
        return subject == null || subject[1] > cue ? null : a.source(subject[0], subject[1], subject[2]);
    }

    /**
     * Whether a direct quote already attributed starts after the cue in its sentence ("X said: “…”"): whatever the
     * parse found there would give way to the quote.
     */
    private boolean quotedAfter(int cue, List<Attribution> taken) {
        int end = view.sentenceEnd(view.sentenceOf(cue));
        for (Attribution a : taken)
            if (a.direct && a.begin() > view.begin(cue) && a.begin() < view.end(end - 1))
                return true;
        return false;
    }

    /** Whether a verb follows the cue in its sentence: a clause it may report. */
    private boolean verbAfter(int cue) {
        for (int t = cue + 1; t < view.sentenceEnd(view.sentenceOf(cue)); t++)
            if (view.isVerb(t))
                return true;
        return false;
    }

    /** "C, X said (on Tuesday).": the cue follows a comma or ends its sentence within a few words. */
    private boolean endsClause(int cue) {
        return view.commaAt(cue - 1) || view.sentenceEnd(view.sentenceOf(cue)) - cue <= 8;
    }

    /** ", saying …", ", adding that …": a speech participle set off by a comma. */
    private boolean participle(int cue) {
        return view.tag(cue).equals("VBG") && cue > 0 && view.word(cue - 1).equals(",")
                && ReportingWords.isSpeech(view.token(cue));
    }

    private static boolean usedAsCue(List<Attribution> taken, int t) {
        for (Attribution a : taken)
            if (a.cueBegin <= t && t < a.cueEnd)
                return true;
        return false;
    }
}
