package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.text.Sentence;

/**
 * Participants a readout names beside the report of the meeting rather than in it: "Mr. Finer was joined by
 * Assistant Secretary Brian Nichols ...", "Secretary of Homeland Security Alejandro N. Mayorkas also joined the
 * meeting", "The Armenian delegation included Deputy Minister of Justice Grigor Minasyan ...", "The dialogue was
 * opened by Ambassador Marcia Bernicat ...", "Shaima Gargash also participated", "The Israeli side was chaired by
 * National Security Advisor Tzachi Hanegbi and ...". Each official named there joins
 * the meeting reported in that sentence or the two before it, on the side of the participant it joins ("X was
 * joined by"), else on the side of a participant of its own country; an official of a country no side has is left
 * out (no new side from a list of attendees).
 */
final class Joiners {
    /** Sentences back from the cue in which the meeting may be reported. */
    private static final int REACH = 2;
    private static final Set<String> ALSO_VERBS = Set.of("joined", "join", "joins", "participated", "participate",
            "participating", "attended", "attend", "present", "took", "sat");
    private static final Set<String> GROUPS = Set.of("delegation", "delegations", "team", "teams");
    private static final Set<String> INCLUDE = Set.of("included", "includes", "include", "comprised");

    private Joiners() {
    }

    /**
     * @param actors the actors of each sentence of the article, by sentence index
     */
    static List<Draft> apply(ArticleIndex index, List<Sentence> sentences, List<List<Actor>> actors, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Sentence s : sentences) {
            int by = joinedBy(s);
            boolean listed = by < 0 && !reportsItsOwn(drafts, s) && (alsoPresent(s) || delegationIncludes(s) || openedBy(s));
            if (by < 0 && !listed)
                continue;
            int target = target(out, s);
            if (target < 0)
                continue;
            Draft d = out.get(target);
            Party joined = by < 0 ? null : joinedParty(d, actors.get(s.index()), by);
            if (by >= 0 && d.sentence().index() != s.index() && !Triggers.find(s, i -> index.isCountryOrCapital(s, i)).isEmpty())
                continue; // "The Secretary, accompanied by X, will also meet with business leaders": another meeting
            int listEnd = by < 0 ? s.size() : listEnd(s, by);
            List<Party> parties = new ArrayList<>(d.parties());
            for (Actor a : actors.get(s.index())) {
                if (a.kind() != Actor.Kind.PERSON || a.countryIso2() == null || by >= 0 && (a.head() <= by || a.head() >= listEnd)
                        || !index.actsForAState(a) || parties.stream().anyMatch(p -> p.actor().identity().equals(a.identity())))
                    continue;
                int side = joined != null && sameCountry(joined, a) ? joined.side() : sideOf(parties, a.countryIso2());
                if (side >= 0)
                    parties.add(new Party(a, side, a.mentionBegin(), a.mentionEnd(), true));
            }
            if (parties.size() > d.parties().size()) {
                List<Party> named = parties.subList(d.parties().size(), parties.size());
                List<Party> kept = new ArrayList<>(parties); // "Israeli counterparts" are the Israelis named now
                kept.removeIf(p -> p.actor().kind() == Actor.Kind.COUNTRY && named.stream().anyMatch(n -> n.side() == p.side()
                        && p.actor().countryIso2().equals(n.actor().countryIso2())));
                out.set(target, d.withParties(kept));
            }
        }
        return out;
    }

    /** "was joined by", "accompanied by": the token of "by", or -1. */
    private static int joinedBy(Sentence s) {
        for (int i = 1; i + 1 < s.size(); i++)
            if ((s.lower(i).equals("joined") || s.lower(i).equals("accompanied")) && s.lower(i + 1).equals("by"))
                return i + 1;
        return -1;
    }

    /**
     * The end of the list of persons after a "by" ("joined by", "co-chaired by"): the next finite verb
     * ("accompanied by State Department security, traveled to"), else the sentence's end.
     */
    static int listEnd(Sentence s, int by) {
        for (int i = by + 1; i < s.size(); i++)
            if (s.isFiniteVerb(i))
                return i;
        return s.size();
    }

    /** "also joined the meeting", "also participated", "also attended", "Also present were", "also took part". */
    private static boolean alsoPresent(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++)
            if (s.lower(i).equals("also") && (ALSO_VERBS.contains(s.lower(i + 1))
                    || i + 2 < s.size() && ALSO_VERBS.contains(s.lower(i + 2)) && s.lower(i + 1).matches("was|were|been")))
                return true;
        return false;
    }

    /** "The Armenian delegation included ...", "the U.S. delegation also included ...". */
    private static boolean delegationIncludes(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++)
            if (GROUPS.contains(s.lower(i)) && (INCLUDE.contains(s.lower(i + 1))
                    || s.lower(i + 1).equals("also") && i + 2 < s.size() && INCLUDE.contains(s.lower(i + 2))))
                return true;
        return false;
    }

    /** "The dialogue was opened by ...", "The Israeli side was chaired by ...", "The Japanese delegation was led by ...". */
    private static boolean openedBy(Sentence s) {
        for (int i = 1; i + 1 < s.size(); i++)
            if (s.lower(i).equals("opened") && s.lower(i + 1).equals("by") && s.lower(i - 1).matches("was|were"))
                return true;
            else if (SIDE_LED.contains(s.lower(i)) && s.lower(i + 1).equals("by") && s.lower(i - 1).matches("was|were")
                    && (s.lower(i - 2).equals("side") || GROUPS.contains(s.lower(i - 2))))
                return true;
        return false;
    }

    private static final Set<String> SIDE_LED = Set.of("chaired", "co-chaired", "led", "co-led", "headed");

    private static boolean reportsItsOwn(List<Draft> drafts, Sentence s) {
        return drafts.stream().anyMatch(d -> d.sentence().index() == s.index());
    }

    /** The meeting reported last in the sentence or the {@link #REACH} before it, or -1. */
    private static int target(List<Draft> drafts, Sentence s) {
        int best = -1;
        for (int k = 0; k < drafts.size(); k++) {
            int at = drafts.get(k).sentence().index();
            if (at <= s.index() && at >= s.index() - REACH && (best < 0 || at >= drafts.get(best).sentence().index()))
                best = k;
        }
        return best;
    }

    /** The participant "joined by" joins: the last actor before it that takes part in the meeting. */
    private static Party joinedParty(Draft d, List<Actor> actors, int by) {
        Party out = null;
        for (Actor a : actors)
            if (a.head() < by)
                for (Party p : d.parties())
                    if (p.actor().identity().equals(a.identity()))
                        out = p;
        return out;
    }

    private static boolean sameCountry(Party p, Actor a) {
        return p.actor().countryIso2() == null || p.actor().countryIso2().equals(a.countryIso2());
    }

    private static int sideOf(List<Party> parties, String iso2) {
        for (Party p : parties)
            if (iso2.equals(p.actor().countryIso2()))
                return p.side();
        return -1;
    }
}
