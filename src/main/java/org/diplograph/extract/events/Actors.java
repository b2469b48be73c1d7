package org.diplograph.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.EntityType;
import org.diplograph.facts.Identities;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.PostFact;

/**
 * The actors of one sentence: persons (with the title around their name, whose country they take when the
 * officials stage gave them no post with a country), intergovernmental bodies, and countries that stand for a
 * government or delegation ("Russian delegation", "Pakistan") rather than a place or a possessor of a thing.
 */
public final class Actors {
    private Actors() {
    }

    public static List<Actor> find(ArticleIndex index, Sentence s) {
        TitleChunks titles = new TitleChunks(index, s);
        List<Actor> actors = new ArrayList<>();
        for (ArticleIndex.Mention<PersonFact> m : ArticleIndex.within(index.people(), s.begin(), s.end())) {
            int h0 = s.tokenFrom(m.begin()), h1 = s.tokenUntil(m.end());
            if (h0 < 0 || h1 < h0)
                continue;
            int first = titles.start(h0), last = titles.end(h1);
            String iso = postCountry(m.fact());
            if (iso == null)
                iso = titles.country(first, h0 - 1, h1 + 1, last);
            actors.add(new Actor(Actor.Kind.PERSON, first, last, h0, m.fact().key(), null, m.fact().name(), iso,
                    m.begin(), m.end()));
        }
        for (ArticleIndex.Mention<OrganizationFact> m : ArticleIndex.within(index.organizations(), s.begin(), s.end()))
            if (isIntergovernmental(m.fact().name(), m.fact().kind()))
                addFree(actors, s, new Actor(Actor.Kind.ORGANIZATION, s.tokenFrom(m.begin()), s.tokenUntil(m.end()),
                        s.tokenFrom(m.begin()), null, m.fact().key(), cleanOrganization(m.fact().name()),
                        m.fact().countryIso2(), m.begin(), m.end()));
        for (ArticleIndex.Mention<PlaceFact> m : ArticleIndex.within(index.places(), s.begin(), s.end()))
            if (m.fact().type() == EntityType.REGION && isIntergovernmental(m.fact().name(), OrganizationKind.OTHER)) {
                String name = cleanOrganization(m.fact().name());
                String key = Identities.organizationKey(name, null);
                addFree(actors, s, new Actor(Actor.Kind.ORGANIZATION, s.tokenFrom(m.begin()), s.tokenUntil(m.end()),
                        s.tokenFrom(m.begin()), null, key, name, null, m.begin(), m.end()));
            }
        for (Actor run : OrganizationRuns.find(index, s))
            addFree(actors, s, run);
        for (ArticleIndex.Mention<CountryMention> m : ArticleIndex.within(index.countries(), s.begin(), s.end())) {
            Actor country = CountryActors.of(index, s, m);
            if (country != null)
                addFree(actors, s, country);
        }
        actors.sort(Comparator.comparingInt(Actor::head));
        return actors;
    }

    /** Adds {@code actor} unless a person's title (or another actor) already covers it. */
    private static void addFree(List<Actor> actors, Sentence s, Actor actor) {
        if (actor.first() < 0 || actor.last() < actor.first())
            return;
        for (Actor a : actors)
            if (a.first() <= actor.head() && actor.head() <= a.last() && !(a.kind() == Actor.Kind.COUNTRY
                    && actor.kind() == Actor.Kind.COUNTRY && a.head() == actor.head()))
                return;
        actors.add(actor);
    }

    /**
     * Gives every mention of a person the country one of its titles in the article names ("US Secretary of
     * State Marco Rubio" ... "Rubio had other meetings"), where posts gave none.
     */
    public static List<List<Actor>> shareCountries(List<List<Actor>> bySentence) {
        java.util.Map<String, String> countries = new java.util.HashMap<>();
        for (List<Actor> actors : bySentence)
            for (Actor a : actors)
                if (a.kind() == Actor.Kind.PERSON && a.countryIso2() != null)
                    countries.putIfAbsent(a.personKey(), a.countryIso2());
        List<List<Actor>> out = new ArrayList<>();
        for (List<Actor> actors : bySentence)
            out.add(actors.stream().map(a -> a.kind() == Actor.Kind.PERSON && a.countryIso2() == null
                    ? a.withCountry(countries.get(a.personKey())) : a).toList());
        return out;
    }

    public static String postCountry(PersonFact person) {
        return person.posts().stream().map(PostFact::countryIso2).filter(c -> c != null).findFirst().orElse(null);
    }

    public static boolean isIntergovernmental(String name, OrganizationKind kind) {
        if (kind == OrganizationKind.INTERGOVERNMENTAL)
            return true;
        String lower = cleanOrganization(name).toLowerCase(Locale.ROOT);
        if (lower.equals("security council"))
            return true; // the UN's, named alone; "National Security Council" is not
        boolean body = false, shared = false, scoped = false;
        for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
            if (Lexicon.MEDIA_WORDS.contains(word))
                return false;
            if (Lexicon.SHARED_BODY_WORDS.contains(word))
                shared = true;
            else if (Lexicon.IGO_WORDS.contains(word))
                body = true;
            scoped |= Lexicon.INTERNATIONAL_WORDS.contains(word);
        }
        return body || shared && scoped;
    }

    /** "the 15-member Caribbean Community bloc" is the Caribbean Community. */
    public static String cleanOrganization(String name) {
        String cleaned = name.strip().replaceFirst("(?i)^the\\s+", "").replaceFirst("(?i)\\s+bloc$", "")
                .replaceFirst("^\\d+-member\\s+", "");
        return cleaned.isEmpty() ? name.strip() : cleaned;
    }
}
