package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;

/**
 * The sides a meeting's own name gives: "the annual U.S.-ASEAN Summit", "the U.S.-Japan Summit Meeting", "the
 * historic Japan-Philippines-United States Trilateral Leaders' Summit", "the Republic of Korea-U.S.-Japan Trilateral
 * Vice Foreign Ministerial Meeting": countries and bodies joined by hyphens in the words right before a noun trigger
 * each take part, on a side of their own unless a participant of the same country or body is already named.
 */
final class CompoundSides {
    /** Modifier words between the name and the trigger: "Trilateral Leaders' Summit", "2022 ... Special Summit". */
    private static final int REACH = 6;

    private CompoundSides() {
    }

    /** The parties with those the name adds, or {@code parties} itself when the trigger has no such name. */
    static List<Party> add(ArticleIndex index, Sentence s, List<Actor> actors, Trigger t, List<Party> parties) {
        List<Actor> named = named(index, s, actors, t.token());
        if (named.size() < 2 || named.stream().allMatch(a -> demonym(index, s, a)))
            return parties; // not "Algerian-American meetings always had a certain intensity": no meeting of its own
        List<Party> out = new ArrayList<>(parties);
        int side = 1 + parties.stream().mapToInt(Party::side).max().orElse(-1);
        for (Actor a : named) {
            boolean present = out.stream().anyMatch(p -> p.actor().identity().equals(a.identity())
                    || a.kind() == Actor.Kind.COUNTRY && a.countryIso2().equals(p.actor().countryIso2())
                    && p.actor().kind() != Actor.Kind.ORGANIZATION);
            if (present)
                continue;
            Actor who = a.kind() == Actor.Kind.COUNTRY ? attendant(index, s, actors, t.token(), a.countryIso2()) : null;
            Actor party = who != null ? who : a;
            out.add(new Party(party, side++, party.mentionBegin(), party.mentionEnd(), who == null));
        }
        return out;
    }

    /** Words by which a person goes to the meeting the name names: "joined leaders ... for the U.S.-ASEAN Summit". */
    private static final Set<String> ATTEND = Set.of("join", "attend", "participate", "participation", "lead", "travel",
            "arrive", "represent", "head", "chair", "co-chair", "host", "co-host", "take");

    /**
     * "Vice President Kamala Harris today joined leaders of ... for the annual U.S.-ASEAN Summit", "Harris's
     * Participation in the U.S.-ASEAN Summit": an official of the named country who goes to the meeting (a word
     * of attending between the official and the trigger) is that country's participant; null if none.
     */
    private static Actor attendant(ArticleIndex index, Sentence s, List<Actor> actors, int t, String iso2) {
        for (Actor a : actors) {
            if (a.kind() != Actor.Kind.PERSON || !iso2.equals(a.countryIso2()) || a.last() >= t || !index.actsForAState(a))
                continue;
            for (int j = a.last() + 1; j < t; j++)
                if (ATTEND.contains(s.lemma(j)) || ATTEND.contains(s.lower(j)))
                    return a;
        }
        return null;
    }

    /** The countries and bodies of the hyphenated name before the trigger at {@code t}, in text order. */
    private static List<Actor> named(ArticleIndex index, Sentence s, List<Actor> actors, int t) {
        int i = t - 1;
        while (i >= 0 && t - i <= REACH && entityAt(index, s, actors, i) == null && modifier(s, i))
            i--;
        List<Actor> out = new ArrayList<>();
        while (i >= 0) {
            Actor a = entityAt(index, s, actors, i);
            if (a == null)
                break;
            if (out.stream().noneMatch(o -> o.identity().equals(a.identity())))
                out.add(0, a);
            i = a.first() - 1;
            if (i < 1 || !(s.word(i).equals("-") || s.word(i).equals("–")))
                break;
            i--;
        }
        return out;
    }

    private static boolean modifier(Sentence s, int i) {
        String pos = s.pos(i);
        return pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("CD") || pos.equals("POS")
                || pos.equals("''") || s.lower(i).equals("leaders") || s.lower(i).equals("ministerial");
    }

    private static boolean demonym(ArticleIndex index, Sentence s, Actor a) {
        CountryMention c = a.kind() == Actor.Kind.COUNTRY ? index.countryAt(s.begin(a.last()), s.end(a.last())) : null;
        return c != null && c.form().equals("demonym");
    }

    /** The body or country whose name ends at token {@code i}, or null. */
    private static Actor entityAt(ArticleIndex index, Sentence s, List<Actor> actors, int i) {
        for (Actor a : actors)
            if (a.kind() == Actor.Kind.ORGANIZATION && a.last() == i)
                return a;
        CountryMention c = index.countryAt(s.begin(i), s.end(i));
        if (c == null || s.word(i).equals("-") || s.word(i).equals("–"))
            return null;
        int first = i;
        while (first > 0 && index.countryAt(s.begin(first - 1), s.end(first - 1)) == c
                && !(s.word(first - 1).equals("-") && index.countryAt(s.begin(first - 1), s.end(first - 1)) == null))
            first--;
        return new Actor(Actor.Kind.COUNTRY, first, i, first, null, null, s.text(index.text(), first, i), c.iso2(),
                s.begin(first), s.end(i));
    }
}
