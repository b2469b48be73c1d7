package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;


import org.diplograph.extract.events.Actor;
import org.diplograph.extract.text.Sentence;
import org.diplograph.knowledge.PersonNames;

/**
 * Agents coordinated with the one found nearest the trigger: "Goreslavsky, ..., and Valery Molostov", "A, B and
 * C". A comma alone does not coordinate ("Before visiting Israel, Mr Blair ..."), except inside a list that an
 * "and" closes.
 */
final class Coordination {
    private static final Set<String> CONNECTORS = Set.of(",", "and", "as", "well", "along", "with", "together",
            "both", "the");

    private Coordination() {
    }

    /**
     * The agent with the actors coordinated before it: "Goreslavsky, ..., and Valery Molostov", "President Emmanuel
     * Macron of France, Chancellor Olaf Scholz of Germany, ... and President Joseph R. Biden, Jr. of the United
     * States met": a country after a person's "of" is that person's, and the list runs over it.
     */
    static List<Party> agents(Sentence s, List<Actor> actors, Party agent) {
        if (!agent.inferred() && owner(s, actors, agent.actor()) != null)
            agent = Party.of(owner(s, actors, agent.actor()), 0);
        List<Party> out = new ArrayList<>(List.of(agent));
        int first = agent.inferred() ? s.tokenAt(agent.mentionBegin()) : agent.actor().first();
        boolean list = false;
        for (int k = actors.size() - 1; k >= 0 && first > 0; k--) {
            Actor a = actors.get(k);
            if (a.last() >= first || owner(s, actors, a) != null)
                continue;
            if (a.identity().equals(out.get(0).actor().identity()) && brackets(s, a.last() + 1, first - 1)) {
                first = a.first(); // "the United States (U.S.)": one actor named twice
                continue;
            }
            if (!onlyConnectors(s, ownCountryEnd(s, actors, a) + 1, first - 1))
                break;
            boolean conjunction = hasConjunction(s, a.last() + 1, first - 1);
            if (!conjunction && !list)
                break; // "Before visiting Israel, Mr Blair ...": a comma alone does not coordinate
            list |= conjunction;
            out.add(0, Party.of(a, 0));
            first = a.first();
        }
        if (!agent.inferred())
            for (Actor a : actors) // "officials from the two countries": one mention, both countries
                if (a != agent.actor() && a.first() == agent.actor().first() && a.last() == agent.actor().last()
                        && a.kind() == Actor.Kind.COUNTRY && agent.actor().kind() == Actor.Kind.COUNTRY)
                    out.add(Party.of(a, 0));
        return out;
    }

    /** The person whose country {@code c} is, named right before its "of" ("Macron of France"), or null. */
    static Actor owner(Sentence s, List<Actor> actors, Actor c) {
        if (c.kind() != Actor.Kind.COUNTRY)
            return null;
        for (Actor p : actors)
            if (p.kind() == Actor.Kind.PERSON && p.last() < c.first() && Drafts.ofBetween(s, p.last() + 1, c.first())
                    && (p.countryIso2() == null || p.countryIso2().equals(c.countryIso2())))
                return p;
        return null;
    }

    /** The last token of a person with the country of its "of" ("Biden, Jr. of the United States"). */
    private static int ownCountryEnd(Sentence s, List<Actor> actors, Actor p) {
        for (Actor c : actors)
            if (c.first() > p.last() && owner(s, actors, c) == p)
                return c.last();
        return p.last();
    }

    /**
     * Words that join coordinated actors: "A, B and C", "A (AB), and C", "President Joseph R. Biden, Jr. and Prime
     * Minister Suga".
     */
    private static boolean onlyConnectors(Sentence s, int from, int to) {
        if (from > to)
            return false;
        for (int i = from; i <= to; i++)
            if (!CONNECTORS.contains(s.lower(i)) && !bracket(s, i) && !(PersonNames.isSuffix(PersonNames.key(s.word(i))) && s.lower(i - 1).equals(",")))
                return false;
        return true;
    }

    private static boolean brackets(Sentence s, int from, int to) {
        if (from > to)
            return false;
        for (int i = from; i <= to; i++)
            if (!bracket(s, i))
                return false;
        return true;
    }

    private static boolean bracket(Sentence s, int i) {
        return s.pos(i).equals("-LRB-") || s.pos(i).equals("-RRB-");
    }

    private static boolean hasConjunction(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++)
            if (s.lower(i).equals("and") || s.lower(i).equals("with"))
                return true;
        return false;
    }
}
