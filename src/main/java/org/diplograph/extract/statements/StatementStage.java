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
import org.diplograph.facts.TimeFact;

/**
 * Who said what: direct quotes ({@link QuoteAttributor}, {@link Continuations}, {@link SpeakerLabels}) and reported speech
 * ({@link ReportedSpeech}), each with its speaker resolved to the person, organization or country the earlier
 * stages found ({@link SpeakerResolver}). Quotes no rule attributes are kept without a speaker, at low
 * confidence. Runs after the entity and official stages: it reads their facts and keys.
 */
public final class StatementStage implements ExtractionStage {
    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.COUNTRIES, Layer.PERSONS, Layer.ORGANIZATIONS, Layer.PLACES, Layer.POSTS, Layer.TIMES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.STATEMENTS);
    }

    @Override
    public void process(ExtractionContext context) {
        QuotedTokens view = new QuotedTokens(context.tokens(), local(context, timeSpans(context)),
                local(context, nameSpans(context)));
        Parses parses = new Parses(view);
        SourcePhrases sources = new SourcePhrases(view, parses);
        Attribution[] own = new Attribution[view.quotes.size()];
        List<Attribution> found = new ArrayList<>(new QuoteAttributor(view, sources).attribute(own));
        Continuations.merge(view, own);
        found.addAll(SpeakerLabels.find(view, context.article().dateline(), surnames(context)));
        found.addAll(new ReportedSpeech(view, parses, sources).find(found));
        found.addAll(unattributed(view, own, found));
        found.sort(Comparator.comparingInt(a -> a.cueBegin >= 0 ? view.begin(a.cueBegin) : a.begin()));

        SpeakerResolver resolver = new SpeakerResolver(view, context, sources);
        StatementFacts facts = new StatementFacts(view, context, name());
        List<SpeakerPronouns.Said> earlier = new ArrayList<>();
        Map<Attribution, SpeakerResolver.Resolved> resolved = new HashMap<>();
        Set<String> spans = new HashSet<>();
        Map<String, String> countries = new HashMap<>();   // speaker key -> country it was said to speak for
        for (Attribution a : found) {
            if (!spans.add(a.begin() + ":" + a.end()))
                continue; // one statement per content span
            if (!a.hasSource() && a.continues == null)
                a.continues = sameSentenceSpeaker(view, a, found, resolved);
            SpeakerResolver.Resolved r = a.continues != null ? resolved.get(a.continues)
                    : a.hasSource() ? resolver.resolve(a.sourceBegin, a.sourceEnd, a.sourceHead, earlier) : null;
            r = withKnownCountry(r, countries);
            resolved.put(a, r);
            if (r != null && r.speaker().name() != null && a.cueBegin >= 0) {
                Speaker s = r.speaker();
                earlier.add(new SpeakerPronouns.Said(view.sentenceOf(a.cueBegin), s, s.personKey() == null));
            }
            context.addStatement(facts.fact(a, r));
        }
    }

    /** "Pakistan's Foreign Ministry" then "the ministry": a country once given to a speaker stays with it. */
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
                                                   Map<Attribution, SpeakerResolver.Resolved> resolved) {
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

    private static Set<String> surnames(ExtractionContext context) {
        Set<String> names = new HashSet<>();
        for (var p : context.people()) {
            String[] words = p.name().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            names.add(words[words.length - 1]);
        }
        return names;
    }

    /** Quotes long enough to be statements that no rule attributed and no reported statement contains. */
    private static List<Attribution> unattributed(QuotedTokens view, Attribution[] own, List<Attribution> found) {
        List<Attribution> quotes = new ArrayList<>();
        for (int q = 0; q < own.length; q++) {
            QuoteParts parts = QuoteParts.of(view, q);
            if (own[q] != null || parts == null || !parts.candidate || !parts.beforeIsEmpty())
                continue;
            Attribution a = new Attribution(parts.quote.begin(), parts.quote.end(), true, "quote/unattributed", 0.2);
            if (found.stream().noneMatch(o -> o.overlaps(a.begin(), a.end())))
                quotes.add(a);
        }
        return quotes;
    }
}
