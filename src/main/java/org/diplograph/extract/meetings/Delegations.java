package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.text.Sentence;

/**
 * "A Russian delegation, led by Sergey S. Goreslavsky ... and Valery Molostov": the leaders act for the
 * delegation's country, on the delegation's side; the delegation itself is then represented by them.
 */
final class Delegations {
    private static final Set<String> LED = Set.of("led", "headed", "including", "includes", "comprising");

    private Delegations() {
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

    /** The delegation led by {@code person}: the nearest country group before it followed by "led by". */
    private static Actor leading(Sentence s, List<Actor> actors, Actor person) {
        Actor best = null;
        for (Actor a : actors)
            if (a.kind() == Actor.Kind.COUNTRY && a.last() < person.first() && a.first() != a.last() && led(s, a.last()))
                best = a;
        return best;
    }

    private static boolean led(Sentence s, int last) {
        for (int i = last + 1; i <= last + 3 && i < s.size(); i++)
            if (LED.contains(s.lower(i)))
                return true;
        return false;
    }
}
