package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;
import org.diplograph.facts.StatementFact;
import org.diplograph.facts.TimeFact;

/**
 * Who said what: direct quotes ({@link QuoteAttributor}, {@link Continuations}), labelled lines and transcript
 * turns ({@link SpeakerLabels}), reported speech ({@link ReportedSpeech}) and joint statements
 * ({@link JointStatements}), each with its speaker resolved to the person, organization or country the earlier
 * stages found ({@link SpeakerResolver}); a group of speakers ({@link SpeakerGroups}: "the leaders", "both sides",
 * "the United States and Japan") gives one statement per member. Quotes no rule attributes are kept without a
 * speaker, at low confidence. Runs after the entity, official and meeting stages: it reads their facts and keys.
 */
public final class StatementStage implements ExtractionStage {
    /** The rule of a joint statement's body, said by each signatory: the last part of its provenance step. */
    private static final String JOINT = "joint";

    private final boolean parse;

    /** Whether {@code statement} is the body of a joint statement said by one of its signatories. */
    public static boolean isJoint(StatementFact statement) {
        return statement.provenance().step().endsWith("/" + JOINT);
    }

    /** Statements read from the words alone: quotes, labels and the word orders of reported speech. */
    public StatementStage() {
        this(false);
    }

    /**
     * With {@code parse}, sentences the word order does not settle are dependency-parsed as well ("Sources familiar
     * with the deal said …"): more statements found, at about twice the cost of the rest of extraction.
     */
    public StatementStage(boolean parse) {
        this.parse = parse;
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.COUNTRIES, Layer.COUNTRY_ANAPHORS, Layer.PERSONS, Layer.ORGANIZATIONS,
                Layer.PLACES, Layer.POSTS, Layer.TIMES, Layer.MEETINGS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.STATEMENTS);
    }

    @Override
    public void process(ExtractionContext context) {
        QuotedTokens view = new QuotedTokens(context.tokens(), local(context, timeSpans(context)),
                local(context, nameSpans(context)));
        Parses parses = new Parses(view, parse);
        SourcePhrases sources = new SourcePhrases(view, parses);
        Attribution[] own = new Attribution[view.quotes.size()];
        List<Attribution> found = new ArrayList<>(new QuoteAttributor(view, sources).attribute(own));
        Continuations.merge(view, own);
        found.addAll(SpeakerLabels.find(view, context.article().dateline(), surnames(context), nameWords(context), WORDS));
        found.addAll(new ReportedSpeech(view, parses, sources).find(found));
        found.addAll(unattributed(view, own, found));
        found.sort(Comparator.comparingInt(a -> a.cueBegin >= 0 ? view.begin(a.cueBegin) : a.begin()));

        SpeakerResolver resolver = new SpeakerResolver(view, context, sources);
        JointStatements.Joint joint = JointStatements.find(view, context, new EntityIndex(context), WORDS);
        SpeakerGroups groups = new SpeakerGroups(view, context, resolver, WORDS, joint);
        StatementFacts facts = new StatementFacts(view, context, name());
        List<SpeakerPronouns.Said> earlier = new ArrayList<>();
        Map<Attribution, List<SpeakerResolver.Resolved>> resolved = new HashMap<>();
        Set<String> spans = new HashSet<>();
        Map<String, String> countries = new HashMap<>();   // speaker key -> country it was said to speak for
        if (joint != null) {
            Attribution body = new Attribution(joint.begin(), joint.end(), false, JOINT, 0.85);
            spans.add(body.begin() + ":" + body.end());
            for (SpeakerResolver.Resolved r : joint.signatories())
                context.addStatement(facts.fact(body, r));
        }
        for (Attribution a : found) {
            if (!spans.add(a.begin() + ":" + a.end()))
                continue; // one statement per content span
            if (!a.hasSource() && a.continues == null)
                a.continues = sameSentenceSpeaker(view, a, found, resolved);
            if (a.rule.equals(UNATTRIBUTED)) {
                Attribution before = lastSpeakerBefore(view, a, found, resolved);
                if (before != null) {
                    a = new Attribution(a.begin(), a.end(), true, CARRIED_OVER, 0.6);
                    a.continues = before;
                }
            }
            List<SpeakerResolver.Resolved> speakers = a.continues != null ? resolved.get(a.continues)
                    : a.hasSource() ? speakers(view, a, resolver, groups, earlier) : null;
            if (speakers != null)
                speakers = speakers.stream().map(r -> withKnownCountry(r, countries)).toList();
            resolved.put(a, speakers);
            if (speakers == null) {
                context.addStatement(facts.fact(a, null));
                continue;
            }
            for (SpeakerResolver.Resolved r : speakers) {
                if (r != null && r.speaker().name() != null && a.cueBegin >= 0) {
                    Speaker s = r.speaker();
                    earlier.add(new SpeakerPronouns.Said(view.sentenceOf(a.cueBegin), s,
                            s.personKey() == null || speakers.size() > 1, speakers));
                }
                context.addStatement(facts.fact(a, r));
            }
        }
    }

    /**
     * Who said it: the one speaker the source phrase names, or each member of a group ("the leaders", "the
     * United States and Japan"); "they" after a group is that group again.
     */
    private static List<SpeakerResolver.Resolved> speakers(QuotedTokens view, Attribution a, SpeakerResolver resolver,
                                                           SpeakerGroups groups, List<SpeakerPronouns.Said> earlier) {
        boolean they = view.word(a.sourceHead).equalsIgnoreCase("they") && view.tag(a.sourceHead).equals("PRP");
        if (they) {
            List<SpeakerResolver.Resolved> group = SpeakerPronouns.lastGroup(view, a.sourceHead, earlier);
            if (group != null)
                return group.stream().map(r -> r.at(resolver.span(a.sourceHead, a.sourceHead + 1), 1)).toList();
        }
        SpeakerResolver.Resolved r = a.rule.equals(SpeakerLabels.TURN) ? resolver.label(a.sourceBegin, a.sourceEnd, a.sourceHead)
                : resolver.resolve(a.sourceBegin, a.sourceEnd, a.sourceHead, earlier);
        List<SpeakerResolver.Resolved> members = they ? r.speaker().name() == null
                ? groups.ofPronoun(a.sourceHead, a.cueBegin) : null
                : groups.members(a.sourceBegin, a.sourceEnd, a.cueBegin);
        return members != null ? members : java.util.Collections.singletonList(r);
    }

    /** "Pakistan's Foreign Ministry" then "the ministry": a country once given to a speaker stays with it. */
    private static final StatementWords WORDS = StatementWords.standard();

    private static SpeakerResolver.Resolved withKnownCountry(SpeakerResolver.Resolved r, Map<String, String> countries) {
        if (r == null)
            return null;
        Speaker s = r.speaker();
        String key = s.personKey() != null ? s.personKey() : s.organizationKey();
        if (key == null)
            return r;
        if (s.countryIso2() != null) {
            countries.putIfAbsent(key, s.countryIso2());
            return r;
        }
        String country = countries.get(key);
        return country == null ? r : new SpeakerResolver.Resolved(new Speaker(s.personKey(), s.organizationKey(),
                s.name(), country, s.mention()), r.confidence());
    }

    /**
     * A cue without a subject speaks for the statement before it: a participle in the same sentence ("“…,” he
     * said, adding: “…”"), or a verb opening its sentence, after at most a conjunction, in the sentence after
     * ("“…” And continued: “…”").
     */
    private static Attribution sameSentenceSpeaker(QuotedTokens view, Attribution a, List<Attribution> found,
                                                   Map<Attribution, List<SpeakerResolver.Resolved>> resolved) {
        if (a.cueBegin < 0)
            return null;
        int sentence = view.sentenceOf(a.cueBegin), start = view.sentenceStart(sentence);
        boolean participle = view.tag(a.cueBegin).equals("VBG");
        boolean opening = !participle && (a.cueBegin == start
                || a.cueBegin == start + 1 && view.tag(start).equals("CC"));
        if (!participle && !opening)
            return null;
        Attribution best = null;
        for (Attribution o : found)
            if (o != a && resolved.get(o) != null && o.cueBegin >= 0 && o.cueBegin < a.cueBegin
                    && (view.sentenceOf(o.cueBegin) == sentence
                        || opening && view.sentenceOf(o.cueBegin) >= sentence - 2))
                best = o;
        return best;
    }

    private static List<Span> timeSpans(ExtractionContext context) {
        return context.times().stream().map(TimeFact::span).toList();
    }

    private static List<Span> nameSpans(ExtractionContext context) {
        List<Span> spans = new ArrayList<>();
        context.countries().forEach(c -> spans.add(c.span()));
        context.people().forEach(p -> spans.addAll(p.mentions()));
        context.organizations().forEach(o -> spans.addAll(o.mentions()));
        context.places().forEach(p -> spans.addAll(p.mentions()));
        return spans;
    }

    /** Spans of the source document as ranges of the article text. */
    private static List<int[]> local(ExtractionContext context, List<Span> spans) {
        int offset = context.article().offset();
        return spans.stream().map(s -> new int[] {s.begin() - offset, s.end() - offset}).toList();
    }

    private static Set<String> nameWords(ExtractionContext context) {
        Set<String> words = new HashSet<>();
        for (var p : context.people())
            words.addAll(java.util.List.of(p.name().toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")));
        return words;
    }

    private static Set<String> surnames(ExtractionContext context) {
        Set<String> names = new HashSet<>();
        for (var p : context.people()) {
            String[] words = p.name().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            names.add(words[words.length - 1]);
        }
        return names;
    }

    private static final String UNATTRIBUTED = "quote/unattributed", CARRIED_OVER = "quote/carried-over";

    /**
     * The statement an unattributed quote goes on from, by the news convention that a quote with no attribution
     * is the last speaker's: the statement right before the quote, when a named speaker made it in the quote's
     * paragraph or, for a quote opening its paragraph, at the end of the paragraph before, within two sentences
     * ("Mr Howard said Britain should take its share. | “The anniversary …”"), and the quote is a sentence of its
     * own. Null otherwise.
     */
    private static Attribution lastSpeakerBefore(QuotedTokens view, Attribution quote, List<Attribution> found,
                                                 Map<Attribution, List<SpeakerResolver.Resolved>> resolved) {
        int first = view.tokenAt(quote.begin()), sentence = view.sentenceOf(first);
        int paragraph = view.paragraphOfToken(first);
        QuoteParts parts = QuoteParts.of(view, view.quoteOf(first));
        if (parts == null || !parts.afterIsEmpty() || heading(view, parts))
            return null;   // words after the quote in its sentence: an attribution no rule read, not the last speaker
        Attribution last = null;
        for (Attribution o : found)
            if (o != quote && o.end() <= quote.begin() && (last == null || o.end() > last.end()))
                last = o;
        if (last == null || last.cueBegin < 0 && !last.direct)
            return null;
        List<SpeakerResolver.Resolved> speakers = resolved.get(last);
        if (speakers == null || speakers.size() != 1 || speakers.get(0) == null || speakers.get(0).speaker().name() == null)
            return null;
        int lastToken = view.tokenAt(last.end()) - 1, lastParagraph = view.paragraphOfToken(Math.max(0, lastToken));
        boolean opensParagraph = first == 0 || view.paragraphOfToken(first - 1) != paragraph;
        boolean near = sentence - view.sentenceOf(Math.max(0, lastToken)) <= 2;
        return near && (lastParagraph == paragraph || opensParagraph && lastParagraph == paragraph - 1) ? last : null;
    }

    /** A short quote in title case, such as a subheading ("‘All Bets Are Off.’"): no one's words. */
    private static boolean heading(QuotedTokens view, QuoteParts parts) {
        int words = 0;
        for (int t = parts.first; t <= parts.last; t++) {
            if (view.isPunct(t))
                continue;
            words++;
            if (!Character.isUpperCase(view.word(t).charAt(0)) && Character.isLetter(view.word(t).charAt(0)))
                return false;
        }
        return words <= 8;
    }

    /** Quotes long enough to be statements that no rule attributed and no reported statement contains. */
    private static List<Attribution> unattributed(QuotedTokens view, Attribution[] own, List<Attribution> found) {
        List<Attribution> quotes = new ArrayList<>();
        for (int q = 0; q < own.length; q++) {
            QuoteParts parts = QuoteParts.of(view, q);
            if (own[q] != null || parts == null || !parts.candidate || !parts.beforeIsEmpty())
                continue;
            Attribution a = new Attribution(parts.quote.begin(), parts.quote.end(), true, UNATTRIBUTED, 0.2);
            if (found.stream().noneMatch(o -> o.overlaps(a.begin(), a.end())))
                quotes.add(a);
        }
        return quotes;
    }
}
