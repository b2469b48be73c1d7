package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;

/**
 * Speakers that are several: "President Biden and President López Obrador pledged", "the United States and Japan
 * affirmed" (each conjunct resolved on its own), and the group nouns of {@code data/statements.tsv}: "the leaders",
 * "the two Presidents" stand for the people of the readout's meeting (the last meeting reported before the cue,
 * else the article's first) or the signatories of the joint statement; "both sides", "the two delegations" for
 * their countries ("the two countries" for the pair who is who found). One statement per member follows. Anything
 * less clear stays one speaker.
 */
final class SpeakerGroups {
    private static final int MAX_CONJUNCTS = 8;

    private final QuotedTokens view;
    private final ExtractionContext context;
    private final SpeakerResolver resolver;
    private final StatementWords words;
    private final JointStatements.Joint joint;

    SpeakerGroups(QuotedTokens view, ExtractionContext context, SpeakerResolver resolver, StatementWords words,
                  JointStatements.Joint joint) {
        this.view = view;
        this.context = context;
        this.resolver = resolver;
        this.words = words;
        this.joint = joint;
    }

    /** The members of the source phrase {@code [begin, end)} of a cue at token {@code cue}, or null for one speaker. */
    List<SpeakerResolver.Resolved> members(int begin, int end, int cue) {
        if (view.coordinated(begin, end))
            return conjuncts(begin, end, cue);
        StatementWords.Group kind = groupNoun(begin, end);
        return kind == null ? null : ofContext(kind, cue, span(begin, end));
    }

    /** "they" with no plural subject in reach, in a readout or joint statement: its people. */
    List<SpeakerResolver.Resolved> ofPronoun(int pronoun, int cue) {
        return ofContext(StatementWords.Group.PERSONS, cue, span(pronoun, pronoun + 1));
    }

    /**
     * Each conjunct, when every one names a person, organization or country; a plural of a title among them ("The
     * Deputy Secretary and vice foreign ministers") is the people of the meeting, as "the ministers" alone would be.
     */
    private List<SpeakerResolver.Resolved> conjuncts(int begin, int end, int cue) {
        List<SpeakerResolver.Resolved> found = new ArrayList<>();
        int from = begin;
        for (int t = begin; t <= end; t++) {
            boolean cut = t == end || !view.inFoundName(t) && (view.tag(t).equals("CC") || view.word(t).equals(","));
            if (!cut)
                continue;
            if (t > from || t == end) {
                SpeakerResolver.Resolved r = conjunct(from, t);
                List<SpeakerResolver.Resolved> group = r == null ? pluralTitle(from, t, cue) : null;
                if (group != null) {
                    found.addAll(group);
                    from = t + 1;
                    continue;
                }
                if (r == null)
                    return null;
                found.add(r);
            }
            from = t + 1;
        }
        List<SpeakerResolver.Resolved> distinct = distinct(found);
        return distinct.size() >= 2 && distinct.size() <= MAX_CONJUNCTS ? distinct : null;
    }

    /** One conjunct ("the Secretary", "President Biden", "the United States"), resolved; null if it names no one. */
    private SpeakerResolver.Resolved conjunct(int begin, int end) {
        while (begin < end && (view.isPunct(begin) || view.tag(begin).equals("DT") || view.tag(begin).equals("CC")))
            begin++;
        while (end > begin && (view.isPunct(end - 1) || view.tag(end - 1).startsWith("RB")))
            end--;   // "President López Obrador also"
        if (begin >= end)
            return null;
        int head = end - 1;
        for (int t = begin + 1; t < end; t++)
            if (view.word(t).equals("of")) {
                head = t - 1;
                break;
            }
        if (!view.tag(head).startsWith("NN"))
            return null;
        SpeakerResolver.Resolved r = resolver.noun(begin, end, head);
        Speaker s = r.speaker();
        if (s.personKey() == null && s.organizationKey() == null)   // "The Secretary and Foreign Minister"
            r = resolver.titled(begin, end, r);
        s = r.speaker();
        return s.personKey() != null || s.organizationKey() != null || s.countryIso2() != null
                && (entities(begin, end) || delegation(head)) ? r : null;
    }

    /** "vice foreign ministers", "the other ministers": a plural whose last word is a person group noun. */
    private List<SpeakerResolver.Resolved> pluralTitle(int begin, int end, int cue) {
        while (end > begin && view.isPunct(end - 1))
            end--;
        if (end <= begin || !view.tag(end - 1).startsWith("NNS") && !view.tag(end - 1).equals("NNPS")
                || words.group(view.word(end - 1).toLowerCase(Locale.ROOT)) != StatementWords.Group.PERSONS)
            return null;
        List<SpeakerResolver.Resolved> members = ofContext(StatementWords.Group.PERSONS, cue, span(begin, end));
        return members == null || members.isEmpty() || members.get(0).speaker().personKey() == null ? null : members;
    }

    /** "the UAE delegations", "the Japanese governments": a country group noun, of the country it names. */
    private boolean delegation(int head) {
        return (view.tag(head).startsWith("NNS") || view.tag(head).equals("NNPS"))
                && words.group(view.word(head).toLowerCase(Locale.ROOT)) == StatementWords.Group.COUNTRIES;
    }

    /** A conjunct that is a country by its name ("Japan", "the U.S."), not a description ("European Justice"). */
    private boolean entities(int begin, int end) {
        Span phrase = span(begin, end);
        for (CountryMention c : context.countries())
            if (c.span().begin() <= phrase.begin() && phrase.end() <= c.span().end() && !"demonym".equals(c.form()))
                return true;
        return false;
    }

    /** What a plural noun phrase with "the", "both" or a number stands for ("the two leaders"), or null. */
    private StatementWords.Group groupNoun(int begin, int end) {
        int t = begin;
        boolean whole = false;
        if (t < end && view.word(t).equalsIgnoreCase("the")) {
            whole = true;
            t++;
        }
        while (t < end && words.isGroupNumber(view.word(t))) {
            whole = true;
            t++;
        }
        if (t >= end && end > begin && view.standsForGroup(end - 1))
            return StatementWords.Group.PERSONS;   // "The two reaffirmed", "Both stressed"
        if (!whole || t >= end || !view.tag(end - 1).startsWith("NNS") && !view.tag(end - 1).equals("NNPS")
                && !words.isGroupNumber(view.word(begin)))
            return null;
        StringBuilder phrase = new StringBuilder();
        boolean titled = true;   // "the National Security Advisors", "the three Defense Ministers": a title's plural
        for (int u = t; u < end; u++) {
            phrase.append(phrase.length() == 0 ? "" : " ").append(view.word(u).toLowerCase(Locale.ROOT));
            titled &= Character.isUpperCase(view.word(u).charAt(0));
        }
        StatementWords.Group group = words.group(phrase.toString());
        return group == null && titled && end - t >= 2 && words.group(view.word(end - 1).toLowerCase(Locale.ROOT))
                == StatementWords.Group.PERSONS ? StatementWords.Group.PERSONS : group;
    }

    /** The group of the joint statement or meeting the cue belongs to, as people or as countries. */
    private List<SpeakerResolver.Resolved> ofContext(StatementWords.Group kind, int cue, Span mention) {
        int offset = view.begin(cue);
        if (kind == StatementWords.Group.COUNTRIES) {
            List<SpeakerResolver.Resolved> pair = anaphorPair(mention);
            if (pair.size() >= 2)
                return pair;
        }
        int at = context.span(offset, offset + 1).begin();
        if (joint != null && joint.contains(offset)) {
            List<SpeakerResolver.Resolved> met = kind == StatementWords.Group.PERSONS && !joint.namesPersons()
                    ? meetingGroup(kind, at, mention, context.span(joint.begin(), joint.begin() + 1).begin()) : null;
            if (met != null)   // a joint readout: "The parties reaffirmed" are the people it says met
                return met;
            List<SpeakerResolver.Resolved> members = kind == StatementWords.Group.COUNTRIES ? joint.countries()
                    : joint.signatories();
            return members.size() >= 2 ? at(members, mention) : null;
        }
        List<SpeakerResolver.Resolved> members = meetingGroup(kind, at, mention, -1);
        return members == null && kind == StatementWords.Group.PERSONS
                ? meetingGroup(StatementWords.Group.COUNTRIES, at, mention, -1) : members;
    }

    /** "the two countries": the pair the country anaphor stage found. */
    private List<SpeakerResolver.Resolved> anaphorPair(Span mention) {
        List<SpeakerResolver.Resolved> found = new ArrayList<>();
        for (CountryMention c : context.countries())
            if ("anaphor".equals(c.form()) && c.span().overlaps(mention))
                found.add(country(c.iso2(), mention, 0.75));
        return distinct(found);
    }

    /**
     * The meeting whose members the group is: of the meetings with two members or more of the kind asked (all
     * persons for people), the last reported before {@code offset}, else the article's first (a headline's). With
     * {@code from} ≥ 0 (a joint readout's body), the first meeting reported between {@code from} and {@code offset},
     * or null.
     */
    private List<SpeakerResolver.Resolved> meetingGroup(StatementWords.Group kind, int offset, Span mention, int from) {
        List<SpeakerResolver.Resolved> best = null, first = null;
        int bestAt = -1, firstAt = Integer.MAX_VALUE;
        for (MeetingFact m : context.meetings()) {
            List<SpeakerResolver.Resolved> members = participants(m, kind, mention);
            int at = m.provenance().evidence().begin();
            if (members == null || from >= 0 && (at < from || at > offset))
                continue;
            if (at < firstAt) {
                first = members;
                firstAt = at;
            }
            if (at <= offset && at > bestAt) {
                best = members;
                bestAt = at;
            }
        }
        if (from >= 0)   // the meeting the readout reports, not one it recalls after ("The meeting followed …")
            return firstAt <= offset ? first : null;
        return best != null ? best : first;
    }

    private List<SpeakerResolver.Resolved> participants(MeetingFact m, StatementWords.Group kind, Span mention) {
        List<SpeakerResolver.Resolved> persons = new ArrayList<>(), countries = new ArrayList<>();
        for (Participant p : m.participants()) {
            if (p.personKey() != null)   // the person's name, not the participant's form ("Kishida Fumio", not "Kishida")
                persons.add(new SpeakerResolver.Resolved(new Speaker(p.personKey(), null, context.people().stream()
                        .filter(f -> f.key().equals(p.personKey())).map(PersonFact::name).findFirst().orElse(p.name()),
                        p.countryIso2(), mention), 0.7));
            if (p.countryIso2() != null)
                countries.add(country(p.countryIso2(), mention, 0.7));
        }
        List<SpeakerResolver.Resolved> people = distinct(persons), states = distinct(countries);
        if (kind == StatementWords.Group.PERSONS)
            return people.size() >= 2 && people.size() == m.participants().size() ? people : null;
        return states.size() >= 2 && states.size() == countries.size() ? states : null;
    }

    private SpeakerResolver.Resolved country(String iso2, Span mention, double confidence) {
        String name = iso2;
        for (CountryMention c : context.countries())
            if (c.iso2().equals(iso2) && !"anaphor".equals(c.form())) {
                name = c.span().text();
                break;
            }
        return new SpeakerResolver.Resolved(new Speaker(null, null, name, iso2, mention), confidence);
    }

    private static List<SpeakerResolver.Resolved> at(List<SpeakerResolver.Resolved> members, Span mention) {
        return members.stream().map(r -> r.at(mention, 1)).toList();
    }

    /** One member per identity: person, else organization, else country. */
    private static List<SpeakerResolver.Resolved> distinct(List<SpeakerResolver.Resolved> found) {
        Map<String, SpeakerResolver.Resolved> byIdentity = new LinkedHashMap<>();
        for (SpeakerResolver.Resolved r : found) {
            Speaker s = r.speaker();
            String id = s.personKey() != null ? "p:" + s.personKey() : s.organizationKey() != null
                    ? "o:" + s.organizationKey() : "c:" + s.countryIso2();
            byIdentity.putIfAbsent(id, r);
        }
        return List.copyOf(byIdentity.values());
    }

    private Span span(int fromToken, int toTokenExclusive) {
        return resolver.span(fromToken, toTokenExclusive);
    }
}
