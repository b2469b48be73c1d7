package org.diplograph.extract.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.Actors;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.events.EventDates;
import org.diplograph.extract.events.EventStatus;
import org.diplograph.extract.events.PronounActors;
import org.diplograph.extract.statements.StatementStage;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PloverType;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.RelationFact;
import org.diplograph.facts.StatementFact;

/**
 * Typed, dated, directed relations between countries (PLOVER types), from three kinds of evidence: meetings
 * that took place (CONSULT from the agent's country to each counterpart's), reported actions found with the
 * trigger lexicon of {@link Plover} and their argument countries, and statements whose reporting verb carries a
 * stance ("X criticised ..."). Only what is reported as having happened: negated, hypothetical and planned
 * actions are left out. Without a date in the text, a relation is dated by the article (the date it was
 * reported), with lower confidence.
 */
public final class RelationStage implements ExtractionStage {
    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.COUNTRIES, Layer.PERSONS, Layer.ORGANIZATIONS, Layer.PLACES, Layer.POSTS, Layer.TIMES, Layer.MEETINGS, Layer.STATEMENTS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public void process(ExtractionContext context) {
        Set<String> seen = new HashSet<>();
        fromMeetings(context, seen);
        fromActions(context, seen);
        fromStatements(context, seen);
        fromJointStatements(context, seen);
    }

    /**
     * A joint statement binds its signatories: the statements of one body (the same content span) made by the
     * statement stage's joint rule give AGREE each way between every two of the signatories' countries.
     */
    private void fromJointStatements(ExtractionContext context, Set<String> seen) {
        Map<String, Set<String>> countries = new LinkedHashMap<>();
        Map<String, StatementFact> first = new HashMap<>();
        for (StatementFact st : context.statements()) {
            if (!StatementStage.isJoint(st) || st.speaker() == null || st.speaker().countryIso2() == null)
                continue;
            String body = st.provenance().evidence().begin() + "-" + st.provenance().evidence().end();
            countries.computeIfAbsent(body, k -> new LinkedHashSet<>()).add(st.speaker().countryIso2());
            first.putIfAbsent(body, st);
        }
        for (var e : countries.entrySet()) {
            StatementFact st = first.get(e.getKey());
            Provenance p = new Provenance(name() + "/joint-statement", st.provenance().evidence(), 0.7);
            for (String a : e.getValue())
                for (String b : e.getValue())
                    add(context, seen, a, b, PloverType.AGREE, st.date() != null ? st.date() : published(context), p);
        }
    }

    private void fromMeetings(ExtractionContext context, Set<String> seen) {
        Set<String> keys = new HashSet<>();
        for (MeetingFact m : context.meetings()) {
            if (m.status() != MeetingStatus.OCCURRED || !keys.add(m.key()))
                continue;
            for (Participant a : m.participants())
                for (Participant b : m.participants())
                    if (a.side() != b.side() && a.countryIso2() != null && b.countryIso2() != null
                            && !a.countryIso2().equals(b.countryIso2())) // consultation is each way
                        add(context, seen, a.countryIso2(), b.countryIso2(), PloverType.CONSULT, m.date(),
                                new Provenance(name() + "/meeting", m.provenance().evidence(),
                                        round(m.provenance().confidence() * 0.9)));
        }
    }

    private void fromActions(ExtractionContext context, Set<String> seen) {
        ArticleIndex index = new ArticleIndex(context);
        List<Sentence> sentences = context.tokens().sentences();
        List<List<Actor>> actors = new ArrayList<>();
        for (Sentence s : sentences)
            actors.add(Actors.find(index, s));
        actors = Actors.shareCountries(actors);
        PronounActors pronouns = new PronounActors(sentences, actors);
        MeetingGroups groups = new MeetingGroups(sentences, context.meetings(), context.article().offset());
        for (Sentence s : sentences) {
            RelationArguments arguments = new RelationArguments(index, s, actors.get(s.index()), pronouns);
            for (int t = 0; t < s.size(); t++) {
                boolean noun = s.isNoun(t);
                PloverType type = noun ? Plover.NOUNS.get(s.lemma(t)) : s.isVerb(t) ? Plover.VERBS.get(s.lemma(t)) : null;
                if (type == null)
                    continue;
                if (EventStatus.of(s, t, !noun, context.article().published()) != MeetingStatus.OCCURRED
                        || reportsMeeting(context, s.lemma(t), s.begin(t) + context.article().offset()))
                    continue;
                RelationArguments.Pair pair = arguments.find(t, noun, type);
                List<String> sources = pair.source() != null ? List.of(pair.source()) : groups.countries(s, t);
                String step = pair.source() != null ? "/action/" : "/group/";
                if (sources.isEmpty()) {
                    sources = speakers(context, s, t);
                    step = "/speaker/";
                }
                boolean mutual = pair.target() == null && step.equals("/group/") && Plover.MUTUAL.contains(type);
                if (sources.isEmpty() || pair.target() == null && !mutual)
                    continue;
                String date = EventDates.inSentence(index, s, t);
                double confidence = (noun ? 0.6 : 0.65) - (pair.inferred() || !step.equals("/action/") ? 0.1 : 0)
                        - (date == null ? 0.05 : 0);
                Provenance p = context.provenance(name() + step + s.lemma(t), s.begin(), s.end(), round(confidence));
                String when = date != null ? date : published(context);
                for (String source : sources)
                    for (String target : mutual ? sources : List.of(pair.target())) {
                        add(context, seen, source, target, type, when, p);
                        if (Plover.MUTUAL.contains(type))
                            add(context, seen, target, source, type, when, p); // an agreement binds both
                    }
            }
        }
    }

    /**
     * The countries of the speakers whose statement holds token {@code t} ("The Secretary underscored U.S. support
     * for Ukraine", one statement per leader of "the leaders affirmed ..."): the trigger names no actor of its own.
     */
    private static List<String> speakers(ExtractionContext context, Sentence s, int t) {
        int at = s.begin(t) + context.article().offset();
        Set<String> out = new LinkedHashSet<>();
        for (StatementFact st : context.statements())
            if (st.speaker() != null && st.speaker().countryIso2() != null && st.provenance().evidence().begin() <= at
                    && at < st.provenance().evidence().end())
                out.add(st.speaker().countryIso2());
        return List.copyOf(out);
    }

    private void fromStatements(ExtractionContext context, Set<String> seen) {
        for (StatementFact st : context.statements()) {
            if (st.speaker() == null || st.speaker().countryIso2() == null || st.cue() == null)
                continue;
            String cue = st.cue().toLowerCase(Locale.ROOT).split("\\s+")[0].replaceAll("(ed|d|s|ing)$", "");
            if (st.cueSpan() != null && reportsMeeting(context, st.cue().toLowerCase(Locale.ROOT).split("\\s+")[0],
                    st.cueSpan().begin()))
                continue;
            PloverType type = Plover.CUES.get(cue);
            if (type == null)
                type = Plover.CUES.get(cue + "e");
            if (type == null)
                continue;
            for (String about : st.aboutIso2())
                if (!about.equals(st.speaker().countryIso2()))
                    add(context, seen, st.speaker().countryIso2(), about, type, st.date(),
                            new Provenance(name() + "/statement/" + cue, st.provenance().evidence(), 0.5));
        }
    }

    /**
     * Whether the word at document offset {@code at} is the trigger of a meeting found there: "welcomed X to the White
     * House" reports a visit, not a welcome of X's policy.
     */
    private static boolean reportsMeeting(ExtractionContext context, String word, int at) {
        for (MeetingFact m : context.meetings()) {
            String step = m.provenance().step();
            String lemma = step.substring(step.indexOf('/') + 1);
            if (m.provenance().evidence().begin() <= at && at < m.provenance().evidence().end()
                    && (word.equals(lemma) || word.startsWith(lemma.substring(0, Math.max(1, lemma.length() - 1)))))
                return true;
        }
        return false;
    }

    private void add(ExtractionContext context, Set<String> seen, String source, String target,
                     PloverType type, String date, Provenance p) {
        String key = type + "-" + source + "-" + target + "-" + p.evidence().begin();
        // A repeated headline or sentence is one report, not two events.
        String sameText = type + "-" + source + "-" + target + "-" + p.evidence().text().strip();
        if (source.equals(target) || !seen.add(key) || !seen.add(sameText))
            return;
        context.addRelation(new RelationFact(key, source, target, type, date, p));
    }

    private static String published(ExtractionContext context) {
        LocalDate published = context.article().published();
        return published == null ? null : published.toString();
    }

    private static double round(double confidence) {
        return Math.round(Math.max(0.3, Math.min(0.95, confidence)) * 100) / 100.0;
    }
}
