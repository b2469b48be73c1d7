package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.Clauses;
import org.diplograph.extract.events.Lexicon;
import org.diplograph.extract.events.PronounActors;
import org.diplograph.extract.text.Pronouns;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingMode;

/**
 * Who took part in the contact a trigger reports: the agent on its left (the subject, the possessor of "her
 * conversation", the subject of a light verb "held talks", or the main subject of an opening phrase "Speaking
 * to ..., Rubio") and the counterparts on its right (objects, "with", "to", "between", "including from").
 * Agents are side 0; counterparts side 1, or a side each at a summit and between coordinated agents alone.
 */
final class Arguments {
    private static final Set<String> MODIFIERS = Set.of("JJ", "JJR", "JJS", "CD", "NN", "NNS", "HYPH", "VBN", "RB");

    private final Sentence s;
    private final List<Actor> actors;
    private final PronounActors pronouns;
    private final FirstPerson firstPerson;
    /** The parties of the last first-person pronoun taken for an agent ("we": the signatories), or null. */
    private List<Party> firstPersons;
    /** Whether the agent search met a "he" or "his" that stands for no one known. */
    private boolean unresolved;

    Arguments(Sentence s, List<Actor> actors, PronounActors pronouns, FirstPerson firstPerson) {
        this.s = s;
        this.actors = actors;
        this.pronouns = pronouns;
        this.firstPerson = firstPerson;
    }

    /**
     * Parties on the right of the trigger, up to {@code end}, reached through prepositions, determiners,
     * group nouns and coordination only: "met with his Israeli counterpart, Ariel Sharon, and ...", "meetings
     * with heads of government, including from A, B and C"; not "met a cool reception from X", "visited the
     * tomb of X".
     */
    List<Party> counterparts(Trigger t, int end) {
        List<Party> out = new ArrayList<>();
        String next = s.lower(t.token() + 1);
        int between = Triggers.betweenAt(s, t.token());
        boolean each = between > 0 || next.equals("of") && t.mode() != MeetingMode.VISIT
                || t.mode() == MeetingMode.SUMMIT;
        int chairs = Drafts.chairedBy(s, t);
        if (chairs > 0)
            return chairs(chairs);
        int with = t.lemma().equals("discuss") || t.lemma().equals("co-chair") || t.lemma().equals("co-host")
                || t.lemma().equals("convene") ? Triggers.withAt(s, t.token()) : -1; // "co-chaired the dialogue with X", "convened the Group with X"
        if (between > 0)
            with = between; // "talks in New Delhi between ..."
        if (Triggers.journey(t))
            with = Triggers.destinationAt(s, t.token()); // "traveled with Secretary Austin to Kyiv": the destination
        int i = with > 0 ? with : Clauses.pastAdjuncts(s, t.token() + 1); // "discussed this problem and other issues with X"
        while (i <= end) {
            List<Actor> here = startingAt(i);
            if (!here.isEmpty()) {
                boolean several = here.size() > 1; // "both countries": one mention, two countries
                for (Actor a : here)
                    if (!a.covers(t.token()) || a.head() > t.token()) // not "Readout of the Meeting of President Macron" as one title
                        out.add(Party.of(a, each || several ? 1 + out.size() : 1));
                i = Math.max(i, here.get(0).last()) + 1;
                if (t.mode() == MeetingMode.HOST && joinsABody(i))
                    return List.of(); // "welcome Sweden to the Alliance": membership, not a visit
                if (t.mode() == MeetingMode.HOST && t.verb() && possessesAThing(i)) {
                    out.removeIf(p -> here.contains(p.actor()));
                    break; // "welcomed Kurti's willingness", "welcomed the OECD council's approval": not Kurti, not the OECD
                }
            } else if (CounterpartWords.allows(s, i, t.verb() && t.mode() == MeetingMode.HOST))
                i++;
            else if (s.pos(i).equals("NNPS") && (s.lower(i + 1).equals(",") || s.lower(i + 1).equals("and")) && listGoesOn(i + 1, end))
                i++; // "with the Europeans, the Iranians, Russia, and China": a member of no one country, the list goes on
            else if (!t.verb() && appositive(i, end) > 0)
                i = appositive(i, end);
            else
                break;
        }
        return each ? out : multilateral(t, out);
    }

    /**
     * "attends the G7 meeting", "attended the Nato summit", "has begun EU talks": the intergovernmental body that names
     * the contact noun of a light verb holds it, a party on a side of its own; null when no body names it.
     */
    Party namingBody(Trigger t, int side) {
        if (t.verb() || lightVerbOrSelf(t.token()) == t.token())
            return null; // attended, held, joined: not "as decided at the G7 Summit"
        for (int i = t.token() - 1; i >= 0 && t.token() - i <= 4; i--) {
            for (Actor a : actors)
                if (a.kind() == Actor.Kind.ORGANIZATION && a.last() == i)
                    return Party.of(a, side);
            if (!(modifier(i) || s.pos(i).startsWith("NNP") || s.pos(i).equals("POS")))
                return null;
        }
        return null;
    }

    /** An actor follows within the next few list words. */
    private boolean listGoesOn(int i, int end) {
        for (int j = i; j <= end && j - i <= 3; j++) {
            if (!startingAt(j).isEmpty())
                return true;
            if (!(s.lower(j).equals(",") || s.lower(j).equals("and") || s.lower(j).equals("the")))
                return false;
        }
        return false;
    }

    private static final Set<String> DASHES = Set.of("-", "–", "—", "--", ":");

    /**
     * "talks between Middle East producers and Asia's biggest energy consumers - China, India, Japan and South Korea":
     * a description of no actor ended by a dash or colon that names its parties after it. The token after the dash,
     * or -1.
     */
    private int appositive(int i, int end) {
        for (int j = i; j <= end && j - i <= 8; j++) {
            if (DASHES.contains(s.lower(j)))
                return startingAt(j + 1).isEmpty() ? -1 : j + 1;
            if (s.isVerb(j) || !startingAt(j).isEmpty() || s.lower(j).equals(","))
                return -1;
        }
        return -1;
    }

    private static final Set<String> ROUNDS = Set.of("talk", "talks", "negotiation", "consultation");

    /**
     * "the talks with the Europeans, the Iranians, Russia, and China on the JCPOA": talks with two or more countries
     * or bodies and no person are a round of several sides, each its own (the README's multilateral meeting), not
     * bilateral talks with a delegation of several countries.
     */
    private static List<Party> multilateral(Trigger t, List<Party> parties) {
        if (t.verb() || !ROUNDS.contains(t.lemma()) || parties.size() < 2
                || parties.stream().anyMatch(p -> p.actor().kind() == Actor.Kind.PERSON)
                || parties.stream().map(p -> p.actor().identity()).distinct().count() < parties.size())
            return parties;
        List<Party> out = new ArrayList<>();
        for (Party p : parties)
            out.add(p.onSide(1 + out.size()));
        return out;
    }

    /**
     * The persons named after the "by" of "was co-chaired by" up to the next finite verb, however long their titles
     * ("the UAE Ministry of Foreign Affairs and International Cooperation's Assistant Minister ... Alshaali and Acting
     * Assistant Secretary ... Haas"): one side per country, and one for each person of no known country.
     */
    private List<Party> chairs(int by) {
        int end = Joiners.listEnd(s, by);
        List<Party> out = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        for (Actor a : actors) {
            if (a.kind() != Actor.Kind.PERSON || a.head() <= by || a.head() >= end)
                continue;
            String country = a.countryIso2() == null ? "person:" + a.personKey() : a.countryIso2();
            if (!sides.contains(country))
                sides.add(country);
            out.add(Party.of(a, 1 + sides.indexOf(country)));
        }
        return out;
    }

    /**
     * "'s willingness", "' role", "'s contribution to": the welcomed or hosted thing belongs to the party named
     * before it, unless the thing is a person ("hosted Ukraine's foreign minister", "welcomed Japan's Kishida").
     */
    private boolean possessesAThing(int i) {
        if (!s.pos(i).equals("POS"))
            return false;
        for (int j = i + 1; j < s.size() && (s.pos(j).startsWith("JJ") || s.pos(j).startsWith("NN") || s.pos(j).equals("VBN")); j++) {
            if (Lexicon.TITLE_WORDS.contains(s.lower(j)) || Lexicon.GROUP_NOUNS.contains(s.lower(j)))
                return false;
            for (Actor a : actors)
                if (a.first() == j || a.head() == j)
                    return false;
        }
        return true;
    }

    /** What a welcomed party becomes: "as a member", "as the newest partner of …", "as an Ally". */
    private static final Set<String> MEMBERSHIP = Set.of("member", "members", "partner", "partners", "ally",
            "allies", "observer", "observers", "participant", "participants", "signatory", "signatories");

    /**
     * "to the Alliance", "into NATO", "as a member", "to join": what follows a welcomed party makes it a new member.
     */
    private boolean joinsABody(int i) {
        String w = s.lower(i);
        if (w.equals("to") && (s.lemma(i + 1).equals("join") || s.lemma(i + 1).equals("become")))
            return true;
        if (w.equals("as"))
            for (int j = i + 1; j <= i + 3 && j < s.size(); j++)
                if (MEMBERSHIP.contains(s.lower(j)))
                    return true;
        if (!w.equals("to") && !w.equals("into"))
            return false;
        int j = s.lower(i + 1).equals("the") ? i + 2 : i + 1;
        for (Actor a : actors)
            if (a.first() == j && a.kind() == Actor.Kind.ORGANIZATION)
                return true;
        return Lexicon.IGO_WORDS.contains(s.lower(j));
    }

    private List<Actor> startingAt(int i) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors)
            if (a.first() == i || a.head() == i)
                out.add(a);
        return out;
    }

    /** Parties on the left of the trigger: the agent and those coordinated with it. */
    List<Party> agents(Trigger t, boolean hasCounterparts) {
        unresolved = false;
        firstPersons = null;
        int anchor = t.verb() ? t.token() : lightVerbOrSelf(t.token());
        Party possessor = t.verb() ? null : possessor(t.token());
        if (possessor != null)
            return firstPersons != null ? firstPersons : List.of(possessor);
        if (anchor == t.token() && isTopic(t.token()))
            return List.of(); // "Statement from X on the Visit of Y": X speaks about the visit, takes no part
        if (anchor == t.token() && !t.verb() && objectOfANoun(t.token()))
            return List.of(); // "expressed his appreciation for Qatar's support for talks with Iran": not his talks
        int their = t.verb() ? -1 : possessedByThem(t.token());
        if (their >= 0) {
            Party antecedent = nearestBefore(their, 0);
            return antecedent == null ? List.of() : Coordination.agents(s, actors, antecedent);
        }
        if (unresolved)
            return List.of(); // "his first visit": someone's whom who is who did not settle, not the nearest name's
        if (modifiesNoun(anchor))
            return List.of(); // "A and B are among the leaders attending the meeting": the leaders attend
        int clause = Clauses.left(s, anchor);
        firstPersons = null;
        if (t.verb() && s.pos(t.token()).equals("VBG") && s.lower(t.token() - 1).equals(",")) {
            Party subject = mainSubject(t.token());
            if (subject != null)
                return List.of(subject); // "..., conferring instead with ...": the main clause's subject
        }
        Party nearest = nearestBefore(anchor, clause);
        if (nearest == null && unresolved)
            return List.of(); // "he met X" with "he" unsettled: not whoever is named before it
        if (nearest != null && !t.verb() && anchor == t.token() && !hasCounterparts && verbBetween(nearest, anchor))
            nearest = null; // "Italy and Germany also favour an early start to talks": not a party to them
        if (nearest == null && Clauses.opensPhrase(s, 0, t.token()))
            nearest = firstAfterComma(t.token());
        else if (nearest == null && (Clauses.opensPhrase(s, clause, t.token()) || relative(clause)))
            nearest = nearestBefore(clause - 1, 0);
        int occasion = nearest == null && anchor == t.token() ? occasionVerb(t) : -1;
        if (occasion >= 0) {
            Party subject = nearestBefore(occasion, 0);
            List<Party> all = subject == null ? List.of() : Coordination.agents(s, actors, subject);
            return all.size() >= 2 ? all : List.of(); // "A, B, and C established X during the North American Leaders' Summit"
        }
        if (nearest == null)
            return List.of();
        if (firstPersons != null && firstPersons.contains(nearest) && FirstPerson.isPlural(s, s.tokenAt(nearest.mentionBegin()))
                && !pluralAgent(t, anchor, hasCounterparts))
            return List.of(); // "we welcomed the Special Envoy's briefing", "ask Ministers to meet annually", "we co-host"
        if (firstPersons != null && firstPersons.size() > 1 && firstPersons.contains(nearest))
            return firstPersons; // "we met", of the leaders of A, B and C
        return Coordination.agents(s, actors, nearest);
    }

    /**
     * The clause opens with "who" or "which" after a comma: its agent is the antecedent ("India, which attends the G7
     * meeting"), and so is that of the verb that follows the relative clause ("Mr Straw, who is in Tehran for talks,
     * met his Iranian counterpart").
     */
    private boolean relative(int clause) {
        return clause >= 2 && (s.lower(clause - 1).equals("which") || s.lower(clause - 1).equals("who")) && s.lower(clause - 2).equals(",");
    }

    /** A participle right after a common noun no actor covers is that noun's: "officials attending the talks". */
    private boolean modifiesNoun(int anchor) {
        if (!s.pos(anchor).equals("VBG") || !(s.pos(anchor - 1).equals("NN") || s.pos(anchor - 1).equals("NNS")))
            return false;
        for (Actor a : actors)
            if (a.covers(anchor - 1))
                return false;
        return true;
    }

    private boolean verbBetween(Party p, int anchor) {
        int from = p.inferred() ? s.tokenAt(p.mentionBegin()) : p.actor().last();
        for (int i = from + 1; i < anchor; i++)
            if (s.isFiniteVerb(i))
                return true;
        return false;
    }

    /** The possessor of a noun trigger: "her conversation", "Blair's first official visit". */
    private Party possessor(int t) {
        int i = t - 1;
        while (i >= 0 && modifier(i) && !s.lower(i).equals("'s"))
            i--;
        if (i < 0)
            return null;
        if (s.pos(i).equals("PRP$"))
            return FirstPerson.is(s, i) ? firstPerson(i) : pronounParty(i);
        if (s.pos(i).equals("POS"))
            for (Actor a : actors)
                if (a.last() == i - 1 || a.covers(i - 1))
                    return Party.of(a, 0);
        return null;
    }

    /**
     * "A and B Before Their Meeting", "the leaders of A, B and C released a statement following their call": an
     * unresolved "their" before the trigger noun stands for the coordinated actors named before it. Its token, or -1.
     */
    private int possessedByThem(int t) {
        int i = t - 1;
        while (i >= 0 && modifier(i) && !s.lower(i).equals("'s"))
            i--;
        return i >= 0 && s.lower(i).equals("their") && pronouns.resolve(s, i) == null ? i : -1;
    }

    /**
     * "held talks", "had other one-on-one meetings", "made a surprise trip", "held the first Japan-U.S. Clean
     * Energy Partnership (JUCEP) meeting": the light verb, else {@code t}.
     */
    private int lightVerbOrSelf(int t) {
        for (int i = t - 1; i >= 0 && t - i <= 10; i--) {
            if (s.isVerb(i))
                return ContactWords.LIGHT_VERBS.contains(s.lemma(i)) || s.lemma(i).equals("be") && s.lower(i + 1).equals("in") ? i : t;
            boolean name = s.pos(i).startsWith("NNP") || s.pos(i).equals("-LRB-") || s.pos(i).equals("-RRB-");
            if (!(modifier(i) || s.pos(i).equals("DT") || s.pos(i).equals("PRP$") || s.lower(i).equals("in")
                    || s.pos(i).equals("``") || s.pos(i).equals("''") || name))
                return t;
        }
        return t;
    }

    /** A word inside the noun phrase of a trigger: "other one-on-one meetings", "first official visit". */
    private boolean modifier(int i) {
        return MODIFIERS.contains(s.pos(i)) || s.pos(i - 1).equals("HYPH") || s.pos(i + 1).equals("HYPH");
    }

    private Party nearestBefore(int anchor, int from) {
        for (int i = anchor - 1; i >= from; i--) {
            for (Actor a : actors)
                if ((a.last() == i || a.head() == i) && !isSetting(a) && !isDestination(a))
                    return Party.of(a, 0);
            if (FirstPerson.is(s, i) && firstPerson(i) != null)
                return firstPerson(i);
            if (PronounActors.isPronoun(s, i) && !s.pos(i).equals("PRP$") || s.pos(i).equals("PRP$") && i == anchor - 1)
                return pronounParty(i);
        }
        return null;
    }

    /** The trigger noun is what a statement is about: "on the State Visit of", "about their talks". */
    private boolean isTopic(int t) {
        int i = t - 1;
        while (i >= 0 && (modifier(i) || s.pos(i).equals("DT") || s.pos(i).startsWith("NNP")))
            i--;
        if (i < 0 || i >= t - 1)
            return false;
        boolean about = s.lower(i).equals("about") || s.lower(i).equals("regarding");
        return about || s.lower(i).equals("on") && s.lower(i + 1).equals("the") && s.lower(t + 1).equals("of");
        // "on the Visit of X", not "while on a trip to China"
    }

    private static final Set<String> DIRECTIONS = Set.of("to", "in", "into", "at", "across", "through");

    /**
     * "will travel to Chisinau, Moldova to meet with ...", "her trip in Istanbul and Ankara, Turkey": a country
     * or capital after a preposition of place is where the agent goes, not the agent.
     */
    private boolean isDestination(Actor a) {
        if (a.kind() != Actor.Kind.COUNTRY)
            return false;
        for (int k = a.first() - 1; k >= 0 && k >= a.first() - 6; k--) {
            String w = s.lower(k);
            if (DIRECTIONS.contains(w))
                return true;
            if (!(w.equals(",") || w.equals("and") || w.equals("the") || s.isCapitalized(k) && s.pos(k).startsWith("NNP")))
                return false;
        }
        return false;
    }

    /** The trigger noun completes another noun: "support for talks", "hopes of a meeting". */
    private boolean objectOfANoun(int t) {
        int i = t - 1;
        while (i >= 0 && (s.pos(i).equals("DT") || s.pos(i).startsWith("JJ")))
            i--;
        return i >= 1 && (s.lower(i).equals("for") || s.lower(i).equals("of")) && s.isNoun(i - 1) && !s.isCapitalized(i - 1)
                && !Lexicon.GROUP_NOUNS.contains(s.lower(i - 1)) && !Lexicon.TITLE_WORDS.contains(s.lower(i - 1));
    }

    /** "On the margins of the G20, ...", "At NATO, ...": a body named as the setting, not a party. */
    private boolean isSetting(Actor a) {
        if (a.kind() != Actor.Kind.ORGANIZATION)
            return false;
        int k = a.first() - 1;
        if (s.lower(k).equals("the"))
            k--;
        String w = s.lower(k);
        return w.equals("at") || w.equals("during")
                || w.equals("of") && (s.lower(k - 1).equals("margins") || s.lower(k - 1).equals("sidelines"));
    }

    /** The first actor before the sentence's first finite verb, when that verb comes before {@code t}. */
    /**
     * The trigger heads an adjunct of time or occasion of the clause: "during the North American Leaders' Summit",
     * "at the G20 summit", "on the margins of the UN General Assembly". Its agents are the main clause's coordinated
     * subjects, who were there together ("will coordinate ... during the visit": planned as that verb is), unless
     * that verb reports a contact of its own ("A and B discussed commitments made during the 2021 Summit for
     * Democracy"). The main verb, or -1.
     */
    int occasionVerb(Trigger t) {
        if (t.verb() || !during(t.token()))
            return -1;
        int verb = Clauses.firstFiniteVerb(s);
        if (verb < t.token() && s.pos(verb).equals("MD")) { // "will consult", "will also coordinate": the verb after the modal
            int v = verb + 1;
            while (v < t.token() && s.pos(v).equals("RB"))
                v++;
            if (v < t.token() && s.isVerb(v))
                verb = v;
        }
        return verb < t.token() && !ContactWords.VERB_TRIGGERS.containsKey(s.lemma(verb)) ? verb : -1;
    }

    private boolean during(int t) {
        int i = t - 1;
        while (i >= 0 && (modifier(i) || s.pos(i).startsWith("NNP") || s.pos(i).equals("DT") || s.pos(i).equals("POS")
                || s.pos(i).equals("''")))
            i--;
        return i > 0 && (s.lower(i).equals("during") || s.lower(i).equals("at")
                || s.lower(i).equals("of") && (s.lower(i - 1).equals("margins") || s.lower(i - 1).equals("sidelines")));
    }

    private Party mainSubject(int t) {
        int verb = Clauses.firstFiniteVerb(s);
        if (verb >= t)
            return null;
        for (int i = 0; i < verb; i++) {
            for (Actor a : actors)
                if (a.head() == i && a.kind() != Actor.Kind.ORGANIZATION)
                    return Party.of(a, 0);
            if (s.pos(i).equals("PRP$") && s.isNoun(i + 1) || PronounActors.isPronoun(s, i) && !s.pos(i).equals("PRP$"))
                return pronounParty(i);
        }
        return null;
    }

    /** The main subject after an opening phrase: "Speaking to leaders ..., Rubio brushed aside ...". */
    private Party firstAfterComma(int t) {
        for (int i = t + 1; i < s.size(); i++)
            if (s.lower(i).equals(",")) {
                for (Actor a : actors)
                    if (a.first() > i && a.first() <= i + 3)
                        return Party.of(a, 0);
                if (i + 1 < s.size() && PronounActors.isPronoun(s, i + 1))
                    return pronounParty(i + 1);
                return null;
            }
        return null;
    }

    /**
     * Where "we" is the agent: of a verb or light verb in the past ("we met", "we held talks"), not of a welcome or
     * a habit ("we welcomed the briefing", "we co-host"); the one country of a speaker also of talks with named
     * counterparts ("where we are on the talks with the Europeans, the Iranians, Russia, and China").
     */
    private boolean pluralAgent(Trigger t, int anchor, boolean hasCounterparts) {
        if (t.mode() == MeetingMode.HOST)
            return false;
        if (t.verb() || anchor != t.token())
            return s.pos(anchor).equals("VBD");
        return firstPersons.size() == 1 && hasCounterparts;
    }

    /** The first party a first-person pronoun stands for (all of them in {@link #firstPersons}), or null. */
    private Party firstPerson(int i) {
        List<Party> parties = firstPerson == null ? List.of() : firstPerson.of(s, i);
        if (parties.isEmpty())
            return null;
        firstPersons = parties;
        return parties.get(0);
    }

    /** The party a pronoun stands for: the person who is who joined it to (an actor there), else a group's. */
    private Party pronounParty(int i) {
        for (Actor a : actors)
            if (a.head() == i && a.kind() == Actor.Kind.PERSON)
                return Party.of(a, 0);
        Actor a = pronouns.resolve(s, i);
        unresolved |= a == null && Pronouns.isPersonal(s.word(i)); // "their meeting" may be the coordinated names
        return a == null ? null : new Party(a, 0, s.begin(i), s.end(i), true);
    }

}
