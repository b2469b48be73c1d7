package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.events.Clauses;
import org.diplograph.extract.events.EventStatus;
import org.diplograph.extract.events.Lexicon;
import org.diplograph.extract.events.PronounActors;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingMode;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.knowledge.PersonNames;

/**
 * Turns one trigger into the meetings it reports: finds the parties, lets a delegation's leaders act for the
 * delegation's country, adds the host country of a visit, splits distributive reports ("one-on-one meetings
 * with A, B and C" are three meetings), and drops what is not a diplomatic contact (fewer than two sides, or
 * every party of one and the same country).
 */
final class Drafts {
    private static final java.util.Set<String> INTRANSITIVE_FOLLOWERS = java.util.Set.of(".", ",", ";", ":", "on", "in",
            "at", "for", "over", "about", "and", "during", "last", "this", "yesterday", "today", "twice", "again",
            "privately", "briefly", "behind", "\"", "”");

    private final ArticleIndex index;
    private final FirstPerson firstPerson;

    Drafts(ArticleIndex index, FirstPerson firstPerson) {
        this.index = index;
        this.firstPerson = firstPerson;
    }

    List<Draft> of(Sentence s, List<Actor> actors, PronounActors pronouns, Trigger t) {
        Arguments args = new Arguments(s, actors, pronouns, firstPerson);
        int end = Math.min(Clauses.right(s, t.token()), openingPhraseEnd(s, t.token()));
        boolean between = Triggers.betweenAt(s, t.token()) > 0 || chairedBy(s, t) > 0;
        List<Party> right = new ArrayList<>(args.counterparts(t, end));
        List<Party> left = between ? List.of() : args.agents(t, !right.isEmpty());
        MeetingMode mode = t.lemma().equals("conference") && isPressConference(s, t.token()) ? MeetingMode.MEETING : t.mode();
        Party body = mode == MeetingMode.VISIT || mode == MeetingMode.CALL ? null
                : args.namingBody(t, 1 + right.stream().mapToInt(Party::side).max().orElse(0));
        if (body != null && left.stream().noneMatch(p -> p.actor().identity().equals(body.actor().identity()))) {
            right.add(body); // "India attends the G7 meeting": a meeting with the body
            mode = MeetingMode.SUMMIT;
            if (right.size() == 1)
                left = byCountry(left); // "India, along with China, Brazil ..., takes part in the G7 meeting": all met
        }
        Place place = Places.inSentence(index, s, t.token(), end);
        if (t.lemma().equals("speak") && mode == MeetingMode.CALL && place.name() != null)
            mode = MeetingMode.MEETING; // "spoke with X in Beijing": in person
        if (mode == MeetingMode.VISIT) {
            right.addAll(Hosts.of(index, s, t, end, right));
            Party host = right.stream().filter(p -> p.actor().kind() == Actor.Kind.COUNTRY).findFirst().orElse(null);
            if (host != null)
                place = new Place(index.text().substring(host.mentionBegin(), host.mentionEnd()), host.actor().countryIso2());
        }
        if (right.isEmpty() && left.size() >= 2 && mode != MeetingMode.HOST && intransitive(s, t.token()))
            left = spread(left); // not "Clinton and Trump would receive 38 percent", "A and B met supporters"
        if ((t.lemma().equals("be-in") || t.lemma().equals("arrive")) && left.stream().noneMatch(p -> index.actsForAState(p.actor())))
            return List.of(); // a stay abroad is an official's: not "IS in Iraq", not an opposition spokesman's
        if (Triggers.journey(t) && left.stream().anyMatch(p -> p.actor().kind() == Actor.Kind.PERSON
                && !index.actsForAState(p.actor()) && !index.servesABody(p.actor())))
            return List.of(); // a journey is a visit when an official makes it: not "his father was arrested when travelling to London"
        List<Party> parties = sideCountries(titleCountries(s, DelegationParties.fill(s, actors, dedupe(left, right), t.token())));
        if (!t.verb() && mode != MeetingMode.CALL && mode != MeetingMode.VISIT)
            parties = new ArrayList<>(CompoundSides.add(index, s, actors, t, parties)); // "the U.S.-ASEAN Summit"
        parties.removeIf(Drafts::titleOnly);
        MeetingStatus status = EventStatus.of(s, t.token(), t.verb(), index.context().article().published());
        int governing = purposeOf(s, t.token());
        if (status == MeetingStatus.OCCURRED && governing >= 0) // "will host X for a State Visit": the visit is planned too
            status = EventStatus.of(s, governing, true, index.context().article().published());
        int occasion = args.occasionVerb(t);
        if (status == MeetingStatus.OCCURRED && occasion >= 0) // "A and B will consult ... during the visit"
            status = EventStatus.of(s, occasion, true, index.context().article().published());
        if (status == MeetingStatus.OCCURRED && (agreedTo(s, t.token()) || t.lemma().equals("be-in") && s.lower(t.token() + 1).equals("due")
                || comingTimeAfter(s, t.token())))
            status = MeetingStatus.PLANNED;
        double confidence = (t.verb() ? 0.8 : 0.7) - (parties.stream().anyMatch(Party::inferred) ? 0.1 : 0);
        List<Draft> out = new ArrayList<>();
        for (List<Party> group : split(t, mode, parties))
            if (diplomatic(group))
                out.add(new Draft(s, t, group, bilateral(mode, group), status, null, false, place.name(), place.iso2(), confidence));
        return out;
    }

    /**
     * "Following on the July 27 meeting between President Biden and PM Meloni, Sullivan and Talo reaffirmed ...": a
     * "between" in the phrase that opens the sentence has its parties before the last comma ahead of the main verb.
     */
    private static int openingPhraseEnd(Sentence s, int t) {
        int verb = Clauses.firstFiniteVerb(s);
        if (verb <= t || verb >= s.size() || Triggers.betweenAt(s, t) < 0)
            return s.size() - 1;
        for (int i = verb - 1; i > t; i--)
            if (s.lower(i).equals(","))
                return i - 1;
        return s.size() - 1;
    }

    /** The verb a noun trigger is the purpose of ("will host X for a State Visit"), or -1. */
    private static int purposeOf(Sentence s, int t) {
        int i = t - 1;
        while (i >= 0 && (s.pos(i).equals("DT") || s.pos(i).startsWith("JJ") || s.pos(i).startsWith("NN")))
            i--;
        if (i < 0 || !s.lower(i).equals("for"))
            return -1;
        for (int v = i - 1; v >= Clauses.left(s, i); v--)
            if (s.isVerb(v))
                return v;
        return -1;
    }

    /**
     * "have agreed to begin talks", "agreed to meet again", "agreed to hold a summit": an agreement to meet announces
     * the meeting (the agreement itself is a relation).
     */
    private static boolean agreedTo(Sentence s, int t) {
        for (int i = t - 1; i >= 1 && t - i <= 5; i--) {
            if (s.lower(i).equals("to") && s.lemma(i - 1).equals("agree") && s.isVerb(i - 1))
                return s.pos(i + 1).equals("VB");
            if (!(s.isVerb(i) || s.pos(i).equals("DT") || s.pos(i).startsWith("JJ") || s.pos(i).startsWith("NN")
                    || s.pos(i).equals("RB") || s.pos(i).equals("CD")))
                return false;
        }
        return false;
    }

    /**
     * "when Britain chairs the G8 summit next year", "hold talks later this month": a time to come right after the
     * trigger makes it a plan, whatever the tense (undated articles give no publication date to compare with).
     */
    private static boolean comingTimeAfter(Sentence s, int t) {
        for (int j = t + 1; j < s.size() && j <= t + 3; j++) {
            String w = s.lower(j), next = s.lower(j + 1);
            if (w.equals("next") && Lexicon.TIME_NOUNS.contains(next) || w.equals("later") && next.equals("this")
                    && Lexicon.TIME_NOUNS.contains(s.lower(j + 2)))
                return true;
            if (s.isVerb(j) || Clauses.isBreak(s, j))
                return false;
        }
        return false;
    }

    private static final java.util.Set<String> CHAIRED = java.util.Set.of("led", "co-led", "chaired", "co-chaired", "headed",
            "co-hosted");

    /**
     * "The dialogue was co-chaired by A and B", "Discussions were led by A and B", "The meetings, co-chaired by A and
     * B, highlighted": the chairs met, each for their side. The token of the "by", or -1.
     */
    static int chairedBy(Sentence s, Trigger t) {
        int i = t.token();
        if (t.lemma().equals("co-chair") && s.lower(i + 1).equals("by"))
            return i + 1;
        if (t.verb() || !(s.lower(i + 1).matches("was|were|,")) || !CHAIRED.contains(s.lower(i + 2)) || !s.lower(i + 3).equals("by"))
            return -1;
        return i + 3;
    }

    private static boolean isPressConference(Sentence s, int t) {
        return s.lower(t - 1).equals("news") || s.lower(t - 1).equals("press");
    }

    /**
     * Agents attending a body's meeting together, one side per country (persons of no known country alone): at a
     * summit every delegation meets every other. Sides from 2 up, the body being side 1.
     */
    private static List<Party> byCountry(List<Party> left) {
        List<String> countries = new ArrayList<>();
        List<Party> out = new ArrayList<>();
        for (Party p : left) {
            String c = p.actor().countryIso2() != null ? p.actor().countryIso2() : p.actor().identity();
            if (!countries.contains(c))
                countries.add(c);
            int k = countries.indexOf(c);
            out.add(p.onSide(k == 0 ? 0 : 1 + k));
        }
        return out;
    }

    /** Coordinated agents with no counterpart met each other: "Blair and Bush met". */
    private static List<Party> spread(List<Party> left) {
        List<Party> out = new ArrayList<>();
        for (Party p : left)
            out.add(p.onSide(out.size()));
        return out;
    }

    /** Nothing but time, place, purpose or the end follows: "Blair and Bush met on Monday", "... held talks." */
    private static boolean intransitive(Sentence s, int t) {
        if (s.lower(t + 1).equals("by") && Triggers.PHONE.contains(s.lower(t + 2)))
            t += 2; // "A and B spoke by telephone on Sunday"
        String next = s.lower(t + 1);
        return t + 1 >= s.size() || INTRANSITIVE_FOLLOWERS.contains(next) || s.ner(t + 1).equals("DATE")
                || s.pos(t + 1).equals("RB");
    }

    /**
     * "Israeli Alternate Prime Minister and Defense Minister Gantz": a country standing in the title of a person of
     * the same side is that person's country, not a participant of its own.
     */
    private static List<Party> titleCountries(Sentence s, List<Party> parties) {
        List<Party> out = new ArrayList<>(parties);
        for (Party c : parties) {
            if (c.actor().kind() != Actor.Kind.COUNTRY || c.inferred())
                continue;
            for (Party p : parties) {
                boolean title = p.side() == c.side() && p.actor().first() > c.actor().last() && p.actor().first() - c.actor().last() <= 8
                        && titleBetween(s, c.actor().last() + 1, p.actor().first());
                boolean of = c.actor().first() > p.actor().last() && ofBetween(s, p.actor().last() + 1, c.actor().first());
                if (p.actor().kind() != Actor.Kind.PERSON || !title && !of
                        || p.actor().countryIso2() != null && !p.actor().countryIso2().equals(c.actor().countryIso2()))
                    continue;
                out.remove(c);
                if (p.actor().countryIso2() == null)
                    out.set(out.indexOf(p), p.withActor(p.actor().withCountry(c.actor().countryIso2())));
                break;
            }
        }
        return out;
    }

    /**
     * "met with Ukrainian Foreign Minister Dmytro Kuleba and Head of the Presidential Office Andriy Yermak", "President
     * Andrzej Duda and Prime Minister Donald Tusk of Poland": a person of no known country, named beside persons of
     * one and the same country on the same side, is of that country (not an officer of a body: "and UN
     * Secretary-General Guterres").
     */
    private List<Party> sideCountries(List<Party> parties) {
        List<Party> out = new ArrayList<>(parties);
        for (int k = 0; k < out.size(); k++) {
            Party p = out.get(k);
            if (p.actor().kind() != Actor.Kind.PERSON || p.actor().countryIso2() != null || index.servesABody(p.actor()))
                continue;
            List<String> countries = parties.stream().filter(o -> o.side() == p.side() && o.actor().kind() == Actor.Kind.PERSON)
                    .map(o -> o.actor().countryIso2()).filter(Objects::nonNull).distinct().toList();
            if (countries.size() == 1)
                out.set(k, p.withActor(p.actor().withCountry(countries.get(0))));
        }
        return out;
    }

    /**
     * "Call with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar", "Crown Prince and Prime Minister Salman": a "person"
     * named by title words alone ("Amir", "Crown Prince") is the title of the person named next, not a participant.
     */
    private static boolean titleOnly(Party p) {
        if (p.actor().kind() != Actor.Kind.PERSON || p.inferred())
            return false;
        for (String w : p.actor().name().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
            if (!Lexicon.TITLE_WORDS.contains(w))
                return false;
        return true;
    }

    /** "Abdulnasser Alshaali of the UAE", "President Ferdinand R. Marcos, Jr. of the Philippines". */
    static boolean ofBetween(Sentence s, int from, int to) {
        if (s.lower(from).equals(",") && PersonNames.isSuffix(PersonNames.key(s.word(from + 1))))
            from += 2;
        return to - from == 1 && s.lower(from).equals("of") || to - from == 2 && s.lower(from).equals("of")
                && s.lower(from + 1).equals("the");
    }

    private static boolean titleBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++)
            if (!(Lexicon.TITLE_WORDS.contains(s.lower(i)) || s.lower(i).equals("and") || s.lower(i).equals(",")
                    || s.isCapitalized(i) && s.pos(i).startsWith("NNP")))
                return false;
        return true;
    }

    private static List<Party> dedupe(List<Party> left, List<Party> right) {
        Map<String, Party> byIdentity = new LinkedHashMap<>();
        for (Party p : left)
            byIdentity.putIfAbsent(p.actor().identity(), p);
        for (Party p : right)
            byIdentity.putIfAbsent(p.actor().identity(), p);
        return List.copyOf(byIdentity.values());
    }

    /** One meeting per counterpart for distributive reports, calls and visits to several countries. */
    private static List<List<Party>> split(Trigger t, MeetingMode mode, List<Party> parties) {
        List<Party> agents = parties.stream().filter(p -> p.side() == 0).toList();
        List<Party> others = parties.stream().filter(p -> p.side() == 1).toList();
        boolean sameSide = others.size() == parties.size() - agents.size();
        boolean distributive = t.distributive() || mode == MeetingMode.CALL
                || mode == MeetingMode.VISIT && others.stream().allMatch(p -> p.actor().kind() == Actor.Kind.COUNTRY);
        if (!distributive || !sameSide || others.size() < 2 || agents.isEmpty())
            return List.of(parties);
        List<List<Party>> out = new ArrayList<>();
        for (Party other : others) {
            List<Party> group = new ArrayList<>(agents);
            group.add(other);
            out.add(group);
        }
        return out;
    }

    /**
     * "the U.S.-Japan Summit Meeting between President Biden and Prime Minister Suga": a summit of two countries is a
     * meeting (not one with a body: "attended the Nato summit"); talks of three sides or more are a summit.
     */
    private static MeetingMode bilateral(MeetingMode mode, List<Party> parties) {
        long sides = parties.stream().map(Party::side).distinct().count();
        if (mode == MeetingMode.TALKS && sides > 2)
            return MeetingMode.SUMMIT; // "talks with the Europeans, the Iranians, Russia, and China": multilateral
        boolean body = parties.stream().anyMatch(p -> p.actor().kind() == Actor.Kind.ORGANIZATION);
        return mode == MeetingMode.SUMMIT && sides == 2 && !body ? MeetingMode.MEETING : mode; // "attended the Nato summit": a summit
    }

    /** A party named by "I" or "we" (the speaker of a turn, the signatories of a joint text). */
    private boolean namedInFirstPerson(Party p) {
        if (!p.inferred())
            return false;
        String w = index.text().substring(p.mentionBegin(), p.mentionEnd()).toLowerCase(java.util.Locale.ROOT);
        return w.equals("i") || w.equals("we") || w.equals("my") || w.equals("our") || w.equals("me") || w.equals("us");
    }

    private boolean diplomatic(List<Party> parties) {
        if (parties.stream().map(Party::side).distinct().count() < 2)
            return false;
        List<String> countries = parties.stream().map(p -> p.actor().countryIso2()).toList();
        if (countries.contains(null) && parties.stream().anyMatch(this::namedInFirstPerson))
            return false; // "I'm also delighted to welcome Erin Barclay, our coordinator": only between known countries
        return countries.contains(null) || countries.stream().filter(Objects::nonNull).distinct().count() > 1;
    }
}
