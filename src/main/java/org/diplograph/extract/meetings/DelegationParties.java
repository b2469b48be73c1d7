package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.people.Delegations;
import org.diplograph.extract.text.Sentence;

/**
 * "A Russian delegation, led by Sergey S. Goreslavsky ... and Valery Molostov": the leaders act for the
 * delegation's country, on the delegation's side; the delegation itself is then represented by them.
 */
final class DelegationParties {
    private DelegationParties() {
    }

    static List<Party> fill(Sentence s, List<Actor> actors, List<Party> parties, int trigger) {
        List<Party> out = new ArrayList<>();
        List<Actor> used = new ArrayList<>();
        for (Party p : parties) {
            Actor delegation = p.actor().kind() == Actor.Kind.PERSON && p.actor().head() < trigger
                    ? leading(s, actors, p.actor()) : null;
            if (delegation != null) {
                used.add(delegation);
                if (p.actor().countryIso2() == null)
                    p = p.withActor(p.actor().withCountry(delegation.countryIso2()));
            }
            out.add(p);
        }
        out.removeIf(p -> used.contains(p.actor()) && out.stream().anyMatch(o -> o.actor().kind() == Actor.Kind.PERSON
                && o.side() == p.side()));
        return out;
    }

    /**
     * The delegation led by {@code person}: the nearest country group before it that names its members ("a Russian
     * delegation, led by ...", {@link Delegations#membersAfter}, the detector who is who uses).
     */
    private static Actor leading(Sentence s, List<Actor> actors, Actor person) {
        Actor best = null;
        for (Actor a : actors)
            if (a.kind() == Actor.Kind.COUNTRY && a.last() < person.first() && a.first() != a.last() && led(s, a.last()))
                best = a;
        return best;
    }

    private static boolean led(Sentence s, int last) {
        int members = Delegations.membersAfter(s.tokens(), s.articleToken(last + 1));
        return members >= 0 && members < s.articleToken(s.size());
    }
}
