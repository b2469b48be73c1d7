package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.Genders;
import org.diplograph.extract.text.TsvRows;
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
        // one name written two ways is one person: "Robert Kilroy-Silk" and "Robert Kilroy Silk", "Çavuşoğlu" and
        // "Cavusoglu" (the folded words are equal)
        Map<List<String>, PersonFact> byWords = new LinkedHashMap<>();
        for (PersonFact p : new ArrayList<>(context.people())) {
            PersonFact first = byWords.putIfAbsent(words(p), p);
            if (first == null)
                continue;
            PersonFact both = withMentions(first, p.mentions());
            context.replacePerson(first, both);
            context.replacePerson(p, null);
            byWords.put(words(p), both);
        }
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
        joined.forEach((owner, more) -> context.replacePerson(owner, withMentions(owner, more)));
        into.keySet().forEach(p -> context.replacePerson(p, null));
    }

    /** Short forms of first names and their full forms (data/first-names.tsv): "tony" → antony, anthony, antonio. */
    private static final Map<String, Set<String>> FULL_FORMS = fullForms();

    private static Map<String, Set<String>> fullForms() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String[] row : TsvRows.of("/data/first-names.tsv")) {
            if (row.length < 2)
                throw new IllegalStateException("data/first-names.tsv: two columns expected: " + String.join("\t", row));
            m.put(PersonNames.key(row[0]), Set.copyOf(PersonNames.tokens(row[1])));
        }
        return Map.copyOf(m);
    }

    private static final Set<String> SURNAME_HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "mr.",
            "mrs.", "ms.", "dr.", "prof.");

    /**
     * After linking: a first name alone ("Mevlüt", "Heiko", "Tony") joins the one person of the article whose name
     * opens with it or with a full form of it ("Tony" for "Antony J. Blinken", data/first-names.tsv), as the tables
     * name a linked person ("Mevlüt Çavuşoğlu" for the transcript's "ÇAVUŞOĞLU", whose full name the text gives only
     * in a headline). Never when the word is also another person's surname, when two persons fit, when the name holds
     * a post of its own or is linked, when an honorific makes it a surname ("Mr Abdullah"), or when the gender the
     * name says differs. Returns the persons left.
     */
    static List<PersonFact> joinFirstNames(ExtractionContext context, List<PersonFact> persons,
                                           Function<PersonFact, List<String>> tableNames) {
        String text = context.article().text();
        int offset = context.article().offset();
        List<PersonFact> out = new ArrayList<>(persons);
        for (PersonFact p : persons) {
            List<String> w = words(p);
            if (w.size() != 1 || !p.posts().isEmpty() || p.wikidata() != null
                    || p.mentions().stream().anyMatch(s -> surnameUse(s, text, offset)))
                continue;
            Set<String> forms = new HashSet<>(FULL_FORMS.getOrDefault(w.get(0), Set.of()));
            forms.add(w.get(0));
            List<PersonFact> owners = new ArrayList<>();
            boolean clash = false;
            for (PersonFact q : out) {
                if (q == p)
                    continue;
                List<List<String>> names = new ArrayList<>();
                names.add(words(q));
                tableNames.apply(q).forEach(n -> names.add(PersonNames.core(n)));
                for (List<String> l : names) {
                    if (l.size() < 2)
                        continue;
                    clash |= l.get(l.size() - 1).equals(w.get(0));
                    if (forms.contains(l.get(0)) && owners.stream().noneMatch(o -> o.key().equals(q.key())))
                        owners.add(q);
                }
            }
            if (clash || owners.size() != 1)
                continue;
            PersonFact owner = owners.get(0);
            Genders.Gender g = Genders.ofPerson(owner.name(), owner.mentions(), text, offset);
            if (!p.mentions().stream().allMatch(s -> Genders.compatible(g,
                    Genders.ofMention(s.text(), text, s.begin() - offset))))
                continue;
            PersonFact joined = withMentions(owner, p.mentions());
            context.replacePerson(owner, joined);
            context.replacePerson(p, null);
            out.set(out.indexOf(owner), joined);
            out.remove(p);
        }
        return out;
    }

    /** Whether an honorific stands in or right before a mention ("Mr Abdullah"): the one word is a surname. */
    private static boolean surnameUse(Span s, String text, int offset) {
        List<String> inside = PersonNames.tokens(s.text());
        if (!inside.isEmpty() && SURNAME_HONORIFICS.contains(inside.get(0)))
            return true;
        int b = s.begin() - offset;
        String before = text.substring(Math.max(0, b - 6), Math.max(0, b)).strip().toLowerCase(java.util.Locale.ROOT);
        int sp = before.lastIndexOf(' ');
        return SURNAME_HONORIFICS.contains(sp < 0 ? before : before.substring(sp + 1));
    }

    /** The person with more mentions, in text order: another form of its name joined to it. */
    private static PersonFact withMentions(PersonFact owner, List<Span> more) {
        List<Span> mentions = new ArrayList<>(owner.mentions());
        mentions.addAll(more);
        mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return new PersonFact(owner.key(), owner.name(), owner.official(), owner.posts(), mentions, owner.provenance(),
                owner.wikidata());
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
