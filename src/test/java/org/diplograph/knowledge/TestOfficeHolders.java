package org.diplograph.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplograph.knowledge.NameMatch.Fit;
import org.junit.jupiter.api.Test;

/** Spot checks on the shipped tables, and the name forms the linking of persons will look up. */
class TestOfficeHolders {
    private static final OfficeHolders TABLE = OfficeHolders.bundled();

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    private static Person only(OfficeKind kind, String country, String d) {
        List<Person> found = TABLE.holders(kind, country, day(d));
        assertEquals(1, found.size(), () -> kind + " of " + country + " on " + d + ": " + found);
        return found.get(0);
    }

    private static Holding term(Person p, OfficeKind kind, String country) {
        List<Holding> terms = p.holdings().stream().filter(h -> h.kind() == kind && country.equals(h.country())).toList();
        assertTrue(terms.size() >= 1, () -> p.id() + " holds no " + kind + " of " + country + ": " + p.holdings());
        return terms.get(0);
    }

    @Test
    void blairPrimeMinister1997To2007() {
        Person blair = only(OfficeKind.HEAD_OF_GOVERNMENT, "GB", "2005-03-01");
        assertEquals("gb/tony-blair", blair.id());
        Holding pm = term(blair, OfficeKind.HEAD_OF_GOVERNMENT, "GB");
        assertEquals(List.of("1997-05-02", "2007-06-27"), List.of(pm.start().text(), pm.end().text()));
        assertEquals("Major", only(OfficeKind.HEAD_OF_GOVERNMENT, "GB", "1997-01-01").surname());
        assertEquals("Brown", only(OfficeKind.HEAD_OF_GOVERNMENT, "GB", "2008-01-01").surname());
    }

    @Test
    void lavrovForeignMinisterFrom2004() {
        Person lavrov = only(OfficeKind.FOREIGN_MINISTER, "RU", "2010-06-01");
        assertEquals("ru/sergey-lavrov", lavrov.id());
        assertEquals(lavrov, only(OfficeKind.FOREIGN_MINISTER, "RU", "2024-06-01"));
        assertEquals("2004-03-09", term(lavrov, OfficeKind.FOREIGN_MINISTER, "RU").start().text());
        assertEquals("Ivanov", only(OfficeKind.FOREIGN_MINISTER, "RU", "2003-06-01").surname());
    }

    @Test
    void rubioSecretaryOfStateFrom20250121() {
        Person rubio = only(OfficeKind.FOREIGN_MINISTER, "US", "2025-06-01");
        assertEquals("us/marco-rubio", rubio.id());
        assertEquals("2025-01-21", term(rubio, OfficeKind.FOREIGN_MINISTER, "US").start().text());
        assertEquals("Blinken", only(OfficeKind.FOREIGN_MINISTER, "US", "2025-01-20").surname());
    }

    @Test
    void jaishankarExternalAffairsMinisterFrom2019() {
        Person jaishankar = only(OfficeKind.FOREIGN_MINISTER, "IN", "2021-01-01");
        assertEquals("Jaishankar", jaishankar.surname());
        Holding fm = term(jaishankar, OfficeKind.FOREIGN_MINISTER, "IN");
        assertEquals("Minister of External Affairs", fm.office());
        assertEquals(2019, fm.start().first().getYear());
        assertEquals("Swaraj", only(OfficeKind.FOREIGN_MINISTER, "IN", "2017-01-01").surname());
    }

    @Test
    void acrossSourcesAndDecades() {
        assertEquals("Thatcher", only(OfficeKind.HEAD_OF_GOVERNMENT, "GB", "1985-06-01").surname());       // IfG
        assertEquals("Straw", only(OfficeKind.FOREIGN_MINISTER, "GB", "2003-03-01").surname());            // IfG
        assertEquals("Tuttle", TABLE.holdings(OfficeKind.AMBASSADOR, "US", day("2007-01-01")).stream()     // POCOM
                .filter(h -> "GB".equals(h.accreditedTo())).map(h -> TABLE.person(h.personId()).orElseThrow().surname())
                .distinct().collect(Collectors.joining(",")));
        assertEquals("Kohl", only(OfficeKind.HEAD_OF_GOVERNMENT, "DE", "1995-06-01").surname());           // Factbook
        assertEquals("Chirac", only(OfficeKind.HEAD_OF_STATE, "FR", "1999-06-01").surname());             // Factbook
        assertEquals("Abe", only(OfficeKind.HEAD_OF_GOVERNMENT, "JP", "2015-06-01").surname());            // Factbook
        assertEquals("Wang", only(OfficeKind.FOREIGN_MINISTER, "CN", "2015-06-01").surname());             // curated
        assertEquals("gh/kofi-annan", only(OfficeKind.HEAD_OF_ORGANIZATION, "United Nations", "2000-06-01").id());
        assertEquals("Merkel", only(OfficeKind.HEAD_OF_GOVERNMENT, "DE", "2019-06-01").surname());         // across 2018-2020
    }

    @Test
    void namesInTheirForms() {
        LocalDate d = day("2022-05-01");
        Person biden = only(OfficeKind.HEAD_OF_STATE, "US", "2022-05-01");
        for (String form : List.of("Joseph R. Biden, Jr.", "Joseph R. Biden", "Joe Biden", "JOSEPH R. BIDEN",
                "Mr Joseph Biden"))
            assertEquals(List.of(biden), persons(TABLE.byName(form, d)), form);
        assertEquals(Fit.EXACT, TABLE.byName("Joseph R. Biden, Jr.", d).get(0).fit());
        // Family name first; a middle initial the tables do not list.
        Person kishida = only(OfficeKind.HEAD_OF_GOVERNMENT, "JP", "2022-05-01");
        assertEquals(List.of(kishida), persons(TABLE.byName("Kishida Fumio", d)));
        Person modi = only(OfficeKind.HEAD_OF_GOVERNMENT, "IN", "2022-05-01");
        List<NameMatch> modiForms = TABLE.byName("Narendra D. Modi", d);
        assertEquals(List.of(modi), persons(modiForms));
        assertEquals(Fit.FORM, modiForms.get(0).fit());
        // Surname alone; capitals and diacritics folded.
        List<NameMatch> blair = TABLE.byName("BLAIR", day("2005-01-01"));
        assertTrue(blair.stream().anyMatch(m -> m.person().id().equals("gb/tony-blair") && m.fit() == Fit.SURNAME));
        assertEquals(persons(TABLE.byName("Michèle Alliot-Marie", day("2011-01-01"))),
                persons(TABLE.byName("Michele Alliot-Marie", day("2011-01-01"))));
        assertEquals(1, TABLE.byName("Michele Alliot-Marie", day("2011-01-01")).size());
        // The holdings of a match are those of the date asked.
        NameMatch rubio = TABLE.byName("Marco Rubio", day("2025-06-01")).get(0);
        assertEquals(Set.of(OfficeKind.FOREIGN_MINISTER), rubio.holdings().stream().map(Holding::kind).collect(Collectors.toSet()));
        assertTrue(TABLE.byName("Marco Rubio", day("2005-06-01")).isEmpty(), "in no office then");
    }

    @Test
    void twoHoldersOfOneSurnameAreBothReturned() {
        // David Miliband, Foreign Secretary, and Ed Miliband, a minister, in office together in 2008.
        Set<String> millibands = TABLE.byName("Miliband", day("2008-01-01")).stream()
                .map(m -> m.person().name()).collect(Collectors.toSet());
        assertEquals(Set.of("David Miliband", "Ed Miliband"), millibands);
    }

    @Test
    void tablesAreLoadedWhole() {
        assertTrue(TABLE.persons().size() > 20_000, () -> TABLE.persons().size() + " persons");
        assertTrue(TABLE.holdingCount() > 40_000, () -> TABLE.holdingCount() + " rows");
        // Every identifier fits in an IRI as it is.
        assertTrue(TABLE.persons().stream().allMatch(p -> p.id().matches("[a-z0-9]+(?:[-/][a-z0-9]+)*")));
    }

    private static List<Person> persons(List<NameMatch> matches) {
        return matches.stream().map(NameMatch::person).distinct().toList();
    }
    @Test
    void officialsOfTheUsReadoutsOf2021To2026() {
        // the deputies, advisers and cabinet of the Biden and Trump administrations the sources lack (curated rows)
        assertEquals("us/wendy-sherman", only(OfficeKind.DEPUTY_FOREIGN_MINISTER, "US", "2022-03-01").id());
        assertEquals("Campbell", TABLE.holders(OfficeKind.DEPUTY_FOREIGN_MINISTER, "US", day("2024-06-01")).stream()
                .map(Person::surname).filter("Campbell"::equals).findFirst().orElse(null));
        NameMatch sullivan = TABLE.byName("Jake Sullivan", day("2023-06-27")).get(0);
        assertEquals("US", sullivan.holdings().get(0).country());
        assertEquals(1, TABLE.byName("Jake Sullivan", day("2023-06-27")).size());
        assertEquals("us/lloyd-austin", TABLE.byName("Lloyd J. Austin III", day("2022-04-25")).get(0).person().id());
        assertEquals("us/jd-vance", only(OfficeKind.DEPUTY_HEAD_OF_STATE, "US", "2026-02-20").id());
        // the 2023 edition of the Factbook archive lost his accented letters ("Andr s Manuel L PEZ OBRADOR"): the
        // converter restores them from the editions around it, so there is one López Obrador, in office to 2024
        assertEquals("mx/andres-manuel-lopez-obrador", only(OfficeKind.HEAD_OF_STATE, "MX", "2024-06-12").id());
        assertTrue(TABLE.byName("Pez Obrador", day("2024-06-12")).stream()
                .noneMatch(m -> m.person().id().equals("mx/pez-obrador")));
        // the Factbook ends Harris's term in 2024 (its 2024 edition names no vice president); the curated day wins
        assertEquals("us/kamala-harris", only(OfficeKind.DEPUTY_HEAD_OF_STATE, "US", "2025-01-10").id());
        assertEquals("mx/claudia-sheinbaum-pardo", only(OfficeKind.HEAD_OF_STATE, "MX", "2024-11-01").id());
        assertEquals("IN", TABLE.byName("Ajit Doval", day("2023-12-04")).get(0).holdings().get(0).country());
        // foreign ministers of further countries in the readouts of those years
        assertEquals("pl/zbigniew-rau", only(OfficeKind.FOREIGN_MINISTER, "PL", "2022-03-02").id());
        assertEquals("ma/nasser-bourita", only(OfficeKind.FOREIGN_MINISTER, "MA", "2022-03-10").id());
        assertEquals("Attaf", only(OfficeKind.FOREIGN_MINISTER, "DZ", "2024-01-01").surname());
    }
}
