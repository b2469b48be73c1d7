package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.facts.Identities;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Span;

/**
 * Who a person is across articles: the identity key that makes two mentions, here or in another article, one
 * person, hence one IRI. A person linked to the office-holder tables ({@link HolderLinks}) has the table's person
 * identifier ({@code us/joe-biden}), the same in every article whatever form of the name it uses; any other person
 * has the name plus the country they act for ({@link Identities#personKey}), so the same official in two articles is
 * one and two Ahmed Khans of two countries stay two. This is the one place a person's key is settled (the entity
 * stage's key, before anyone knows the country, is provisional); every later stage reads it from the person.
 */
final class PersonIdentity {
    private PersonIdentity() {
    }

    /** The key of the person named {@code name} who acts for {@code countryIso2} (null when no country is known). */
    static String keyOf(String name, String countryIso2) {
        return Identities.personKey(name, countryIso2);
    }

    /**
     * Joins the persons of the article that came out with one key ("Joe Biden" and "Joseph R. Biden, Jr.", both
     * linked to {@code us/joe-biden}) into one, under the fullest name, with every post and mention of both.
     */
    static void mergeSameKeys(ExtractionContext context, List<PersonFact> persons) {
        Map<String, List<PersonFact>> byKey = new LinkedHashMap<>();
        for (PersonFact p : persons)
            byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        for (List<PersonFact> same : byKey.values()) {
            if (same.size() < 2)
                continue;
            PersonFact fullest = same.get(0);
            for (PersonFact p : same)
                if (fuller(p.name(), fullest.name()))
                    fullest = p;
            Map<String, PostFact> posts = new LinkedHashMap<>();
            Set<Span> mentions = new LinkedHashSet<>();
            PersonFact official = null;
            String wikidata = null;
            for (PersonFact p : same) {
                for (PostFact post : p.posts())
                    posts.putIfAbsent(post.title() + "|" + post.countryIso2() + "|" + post.organization(), post);
                mentions.addAll(p.mentions());
                if (official == null && p.official())
                    official = p;
                wikidata = wikidata != null ? wikidata : p.wikidata();
            }
            List<Span> sorted = new ArrayList<>(mentions);
            sorted.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            PersonFact merged = new PersonFact(fullest.key(), fullest.name(), official != null,
                    List.copyOf(posts.values()), sorted, (official != null ? official : fullest).provenance(), wikidata);
            context.replacePerson(same.get(0), merged);
            for (PersonFact p : same.subList(1, same.size()))
                context.replacePerson(p, null);
        }
    }

    /** More words, or as many and longer: "Joseph R. Biden, Jr." over "Joe Biden", "Kishida Fumio" over "Kishida". */
    private static boolean fuller(String a, String b) {
        int wa = a.split("\\s+").length, wb = b.split("\\s+").length;
        return wa != wb ? wa > wb : a.length() > b.length();
    }
}
