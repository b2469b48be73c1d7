package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.PlaceFact;

/**
 * The host countries of a visit: countries and capitals after the trigger ("visited Kenya's biggest
 * shantytown", "visiting Beijing", "a visit to London") or before a visit noun ("Straw's China trip").
 */
final class Hosts {
    private Hosts() {
    }

    static List<Party> of(ArticleIndex index, Sentence s, Trigger t, int end, List<Party> right) {
        List<Party> hosts = new ArrayList<>();
        int from = Triggers.journey(t) ? Triggers.destinationAt(s, t.token()) + 1
                : t.verb() ? t.token() + 1 : Math.max(0, t.token() - 2);
        for (int i = from; i <= end; i++) {
            if (i == t.token())
                continue;
            CountryMention c = index.countryAt(s.begin(i), s.end(i));
            PlaceFact p = c == null ? index.placeAt(s.begin(i), s.end(i)) : null;
            String iso = c != null && !c.form().equals("demonym") ? c.iso2() : p != null ? p.countryIso2() : null;
            if (iso == null || known(iso, right, hosts) || i < t.token() && !s.isCapitalized(i) || visitorsOwn(s, i, right))
                continue;
            int last = i;
            while (last + 1 <= end && sameMention(index, s, i, last + 1))
                last++;
            Actor host = new Actor(Actor.Kind.COUNTRY, i, last, i, null, null, s.text(index.text(), i, last), iso,
                    s.begin(i), s.end(last));
            hosts.add(new Party(host, 1, host.mentionBegin(), host.mentionEnd(), true));
            i = last;
        }
        return hosts;
    }

    /** "the State Visit of President William Ruto ... of Kenya": the visitor's own country, not the host. */
    private static boolean visitorsOwn(Sentence s, int i, List<Party> right) {
        int of = s.lower(i - 1).equals("the") ? i - 2 : i - 1;
        return s.lower(of).equals("of") && right.stream().anyMatch(p -> p.actor().kind() == Actor.Kind.PERSON
                && p.actor().last() == of - 1);
    }

    private static boolean known(String iso, List<Party> right, List<Party> hosts) {
        return right.stream().anyMatch(p -> iso.equals(p.actor().countryIso2()) && p.actor().kind() == Actor.Kind.COUNTRY)
                || hosts.stream().anyMatch(p -> iso.equals(p.actor().countryIso2()));
    }

    private static boolean sameMention(ArticleIndex index, Sentence s, int a, int b) {
        CountryMention ca = index.countryAt(s.begin(a), s.end(a)), cb = index.countryAt(s.begin(b), s.end(b));
        if (ca != null)
            return ca == cb;
        PlaceFact pa = index.placeAt(s.begin(a), s.end(a));
        return pa != null && pa == index.placeAt(s.begin(b), s.end(b));
    }
}
