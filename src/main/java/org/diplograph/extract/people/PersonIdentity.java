package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.Genders;
import org.diplograph.facts.Identities;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Span;
import org.diplograph.knowledge.PersonNames;

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
     * Joins the forms of one name in an article before anything else is learnt about its persons: a shorter name
     * whose words, case folded, open or close exactly one longer name joins it ("Blinken", "BLINKEN" and "Antony
     * Blinken" with "Antony J. Blinken"; "Kishida" with "Kishida Fumio"; "Heiko" with "Heiko Maas"; "López Obrador"
     * and "Manuel López Obrador" with "Andrés Manuel López Obrador"; "Nathalie Drouin", without the middle initial,
     * with "Nathalie G. Drouin", unless the shorter name is two persons' ({@code twoPersons}: "George Bush" is the
     * father's and the son's)), unless an honorific says another gender ("Mrs Howard" is not "Michael Howard") or
     * two longer names fit ("Ruto" of William and Rachel Ruto). A "name"
     * that is only a suffix or courtesy word ("Jr." split off "Joseph R. Biden, Jr.") is no person.
     */
    static void joinForms(ExtractionContext context, Predicate<String> twoPersons) {
        String text = context.article().text();
        int offset = context.article().offset();
        List<PersonFact> persons = new ArrayList<>(context.people());
        for (PersonFact p : persons)
            if (PersonNames.core(p.name()).stream().allMatch(PersonNames::isSuffix)
                    || PersonNames.core(p.name()).isEmpty())
                context.replacePerson(p, null);
        persons = new ArrayList<>(context.people());
        persons.sort((a, b) -> Integer.compare(words(b).size(), words(a).size()));   // longest first
        Map<PersonFact, PersonFact> into = new LinkedHashMap<>();
        for (PersonFact shorter : persons) {
            List<String> w = words(shorter);
            List<PersonFact> owners = new ArrayList<>();
            for (PersonFact longer : persons) {
                List<String> l = words(longer);
                if (l.size() > w.size() && (l.subList(0, w.size()).equals(w)
                        || l.subList(l.size() - w.size(), l.size()).equals(w)
                        || w.size() > 1 && withoutInitials(l).equals(w) && !twoPersons.test(shorter.name())))
                    owners.add(root(into, longer));   // "Nathalie Drouin", "Nathalie G. Drouin"; not "George Bush"
            }
            List<PersonFact> distinct = owners.stream().distinct().toList();
            if (distinct.size() != 1)
                continue;
            PersonFact owner = distinct.get(0);
            Genders.Gender g = Genders.ofPerson(owner.name(), owner.mentions(), text, offset);
            if (shorter.mentions().stream().allMatch(s -> Genders.compatible(g,
                    Genders.ofMention(s.text(), text, s.begin() - offset))))
                into.put(shorter, owner);
        }
        Map<PersonFact, List<Span>> joined = new LinkedHashMap<>();
        into.forEach((shorter, owner) -> joined.computeIfAbsent(root(into, owner), k -> new ArrayList<>())
                .addAll(shorter.mentions()));
        joined.forEach((owner, more) -> {
            List<Span> mentions = new ArrayList<>(owner.mentions());
            mentions.addAll(more);
            mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            context.replacePerson(owner, new PersonFact(owner.key(), owner.name(), owner.official(), owner.posts(),
                    mentions, owner.provenance(), owner.wikidata()));
        });
        into.keySet().forEach(p -> context.replacePerson(p, null));
    }

    /** The words of a name without its middle initials ("nathalie", "drouin" of "Nathalie G. Drouin"). */
    private static List<String> withoutInitials(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++)
            if (i == 0 || i == words.size() - 1 || words.get(i).length() > 1)
                out.add(words.get(i));
        return out;
    }

    private static PersonFact root(Map<PersonFact, PersonFact> into, PersonFact p) {
        while (into.containsKey(p))
            p = into.get(p);
        return p;
    }

    private static List<String> words(PersonFact p) {
        return PersonNames.core(p.name());
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
