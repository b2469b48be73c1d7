package org.diplograph.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.TestFixtures;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Span;
import org.junit.jupiter.api.Test;

/**
 * Who is who on the seed articles (data/articles/arabnews-seed.txt). The expected officials, written down from
 * reading the articles: name | title | country | organization.
 */
class TestOfficials {
    private static final List<String> EXPECTED_OFFICIALS = List.of(
            // Pakistan, Russia look at 'multidimensional strategic partnership' (2018-05-02)
            "Mohammed Faisal | Spokesperson | PK | Foreign Office",
            "Sergey S. Goreslavsky | Deputy General Director | RU | Rosoboronexport",
            "Valery Molostov | Chief Counsellor | RU | Presidential Administration",
            "Mikhail Popov | Deputy Secretary | RU | Security Council of the Russian Federation",
            "Nasser Khan Janjua | National Security Adviser | PK | -",
            // Rubio defends US ouster of Venezuela's Maduro (2026-02-26)
            "Marco Rubio | Secretary of State | US | -",
            "Donald Trump | President | US | -",   // the text names no country: the office-holder tables do
            "Kamla Persad-Bissessar | Prime Minister | TT | -",
            "Terrance Drew | Prime Minister | KN | -",
            "Terrance Drew | Chair | - | Caribbean Community",
            "Andrew Holness | Prime Minister | JM | -");

    private static PersonFact person(String name) {
        for (ArticleFacts facts : TestFixtures.seedFacts())
            for (PersonFact p : facts.people())
                if (p.name().equals(name))
                    return p;
        throw new AssertionError("no person " + name);
    }

    @Test
    void everyExpectedOfficialHasTheirTitleAndCountry() {
        Set<String> found = new TreeSet<>();
        for (ArticleFacts facts : TestFixtures.seedFacts())
            for (PersonFact p : facts.people())
                for (PostFact post : p.posts())
                    found.add(p.name() + " | " + post.title() + " | " + orDash(post.countryIso2()) + " | "
                            + orDash(post.organization()));
        assertEquals(new TreeSet<>(EXPECTED_OFFICIALS), found);
        for (String line : EXPECTED_OFFICIALS)
            assertTrue(person(line.split(" \\| ")[0]).official(), line);
    }

    @Test
    void analystsArePersonsButNotOfficials() {
        for (String name : List.of("Qamar Cheema", "Amjad Shoaib", "Maduro")) {
            PersonFact p = person(name);
            assertFalse(p.official(), name);
            assertTrue(p.posts().isEmpty(), name);
        }
        assertEquals("amjad-shoaib", person("Amjad Shoaib").key(), "rank and honorific are not part of the name");
    }

    @Test
    void keysCarryTheCountryOfThePost() {
        assertEquals("us/marco-rubio", person("Marco Rubio").key());
        assertEquals("pk/mohammed-faisal", person("Mohammed Faisal").key());
        assertEquals("kn/terrance-drew", person("Terrance Drew").key());
        // linked to the office-holder tables: their identifier, whatever form of the name an article uses
        assertEquals("us/donald-trump", person("Donald Trump").key());
    }

    @Test
    void rubiosMentionsAreOnePerson() {
        long rubios = TestFixtures.seedFacts().stream().flatMap(f -> f.people().stream())
                .filter(p -> p.name().contains("Rubio")).count();
        assertEquals(1, rubios);
        List<String> texts = person("Marco Rubio").mentions().stream().map(Span::text).toList();
        assertTrue(texts.contains("Marco Rubio") && texts.contains("Rubio"), texts.toString());
        assertTrue(texts.contains("America’s top diplomat"), "a title standing for its holder: " + texts);
        assertTrue(texts.stream().filter(t -> t.equals("Rubio")).count() >= 14, texts.toString());
    }

    @Test
    void drFaisalAndDrMohammedFaisalAreOne() {
        List<String> texts = person("Mohammed Faisal").mentions().stream().map(Span::text).toList();
        assertEquals(List.of("Faisal", "Mohammed Faisal"), texts);
    }

    @Test
    void pronounsOnlyWhereClear() {
        // "the commitment of his government" follows a sentence naming both Popov and Janjua.
        assertTrue(person("Nasser Khan Janjua").mentions().stream().noneMatch(s -> s.text().equals("his")));
        assertTrue(person("Mikhail Popov").mentions().stream().noneMatch(s -> s.text().equals("his")));
        // "whom Rubio thanked for her support": of the two persons named, only one can be "her".
        assertEquals(2, person("Kamla Persad-Bissessar").mentions().stream().filter(s -> s.text().equals("her")).count());
        assertTrue(person("Marco Rubio").mentions().stream().anyMatch(s -> s.text().equals("his")),
                "\"a transcript of his remarks\" after \"Rubio told the leaders\"");
    }

    @Test
    void organizationsKnowTheirKindAndCountry() {
        Set<String> orgs = new TreeSet<>();
        for (ArticleFacts facts : TestFixtures.seedFacts())
            facts.organizations().forEach(o -> orgs.add(o.name() + " | " + o.kind() + " | " + orDash(o.countryIso2())));
        for (String expected : List.of("Foreign Office | state-body | PK", "Foreign Ministry | state-body | PK",
                "Rosoboronexport | state-body | RU", "Security Council of the Russian Federation | state-body | RU",
                "Presidential Administration | state-body | RU", "United Nations | intergovernmental | -",
                "Shanghai Cooperation Organisation | intergovernmental | -", "Caribbean Community | intergovernmental | -",
                "State Department | state-body | US", "Arab News | other | -"))
            assertTrue(orgs.contains(expected), expected + " in " + orgs);
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("Pakistan Foreign Office") || o.startsWith("SCO |")),
                "one organization per body: " + orgs);
    }

    @Test
    void theTwoCountriesArePakistanAndRussia() {
        ArticleFacts first = TestFixtures.seedFacts().get(0);
        Set<String> anaphors = new TreeSet<>();
        first.countries().stream().filter(c -> c.form().equals("anaphor")).forEach(c -> anaphors.add(c.iso2()));
        assertEquals(Set.of("PK", "RU"), anaphors);
        assertTrue(first.countries().stream().filter(c -> c.form().equals("anaphor")).count() >= 10);
    }

    @Test
    void theDatelinePlaceHasItsCountry() {
        var basseterre = TestFixtures.seedFacts().get(1).places().stream()
                .filter(p -> p.name().equalsIgnoreCase("Basseterre")).findFirst().orElse(null);
        assertNotNull(basseterre);
        assertEquals("KN", basseterre.countryIso2());
        assertTrue(TestFixtures.seedFacts().get(1).places().stream().noneMatch(p -> p.name().contains("Community")),
                "the Caribbean Community is not a place");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
