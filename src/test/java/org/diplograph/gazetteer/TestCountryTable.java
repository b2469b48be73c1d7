package org.diplograph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.diplograph.gazetteer.PublicCountryLists.Mledoze;
import org.diplograph.gazetteer.SurfaceForm.Form;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestCountryTable {
    private static final CountryTable TABLE = CountryTable.standard();

    // Demonyms news uses that neither public list spells (plurals follow): text -> ISO code.
    private static final Map<String, String> DEMONYMS_ELSEWHERE = Map.of(
            "Azeri", "AZ",            // the short form; the lists have only "Azerbaijani"
            "Djiboutian", "DJ",       // mledoze gives the bare "Djibouti"
            "Bissau-Guinean", "GW",   // the lists have only "Guinea-Bissauan"
            "Icelandic", "IS",        // the adjective; the lists have the noun "Icelander"
            "Kazakh", "KZ",           // said of the state as well as of the people
            "Nepali", "NP",           // as common as "Nepalese"
            "Serb", "RS",             // CountryInfo files Serbia under Serbia and Montenegro, without a code
            "Tobagonian", "TT");      // the lists name only Trinidadians
    // Capitals as news writes them where mledoze has another name or spelling: text -> ISO code.
    private static final Map<String, String> CAPITALS_ELSEWHERE = Map.of(
            "Washington", "US",       // mledoze: "Washington D.C."
            "La Paz", "BO",           // seat of government; Sucre is the constitutional capital
            "Berne", "CH",            // older English spelling of Bern
            "Ulaanbaatar", "MN",      // current romanization; mledoze: "Ulan Bator"
            "Mbabane", "SZ",          // administrative capital; mledoze: Lobamba (royal, legislative)
            "Kiev", "UA");            // the English spelling before 2019, all over the archives
    // Kosovo's user-assigned alpha-3 as the EU and World Bank write it; mledoze uses the UN's "UNK".
    private static final Map<String, String> ISO3_ELSEWHERE = Map.of("XK", "XKX");

    private static Map<String, Mledoze> mledoze;

    @Test
    void knownFacts() {
        Country pk = TABLE.byIso2("PK").orElseThrow();
        assertEquals(List.of("PAK", "Q843", "Pakistan"), List.of(pk.iso3(), pk.wikidata(), pk.name()));
        assertTrue(pk.demonyms().containsAll(List.of("Pakistani", "Pakistanis")));
        assertTrue(TABLE.byIso2("RU").orElseThrow().aliases().contains("Russian Federation"));
        Country us = TABLE.byIso2("US").orElseThrow();
        assertTrue(us.aliases().contains("America"));
        assertTrue(us.capitals().contains("Washington"));
        Country kn = TABLE.byIso2("KN").orElseThrow();
        assertEquals("Saint Kitts and Nevis", kn.name());
        assertTrue(kn.aliases().contains("St. Kitts and Nevis"));
        assertTrue(kn.demonyms().contains("Kittitian"));
        assertEquals("Q30", us.wikidata());
        assertEquals("Q763", kn.wikidata());
    }

    @Test
    void lookups() {
        assertEquals(TABLE.byIso2("pk"), TABLE.byIso3("PAK"));
        assertEquals("Trinidad and Tobago", TABLE.byIso3("tto").orElseThrow().name());
        assertTrue(TABLE.byIso2("ZZ").isEmpty());
        assertTrue(TABLE.byIso3("PK").isEmpty());
    }

    @Test
    void allOfIso3166PlusKosovo() {
        assertEquals(250, TABLE.all().size(), "249 officially assigned ISO 3166-1 codes and XK");
        assertTrue(TABLE.byIso2("XK").isPresent());
    }

    @Test
    void surfaceFormsKnowTheirKind() {
        Map<String, SurfaceForm> byText = new HashMap<>();
        TABLE.surfaceForms().forEach(sf -> byText.put(sf.text(), sf));
        assertForm(byText, "Pakistan", "PK", Form.NAME);
        assertForm(byText, "America", "US", Form.ALIAS);
        assertForm(byText, "Kittitians", "KN", Form.DEMONYM);
        assertForm(byText, "Basseterre", "KN", Form.CAPITAL);
        assertForm(byText, "Port-au-Prince", "HT", Form.CAPITAL);
        int expected = TABLE.all().stream()
                .mapToInt(c -> 1 + c.aliases().size() + c.demonyms().size() + c.capitals().size()).sum();
        assertEquals(expected, TABLE.surfaceForms().size());
    }

    private static void assertForm(Map<String, SurfaceForm> byText, String text, String iso2, Form form) {
        SurfaceForm sf = byText.get(text);
        assertEquals(iso2 + " " + form, sf == null ? "nothing" : sf.country().iso2() + " " + sf.form(), text);
    }

    @Test
    void wikidataItemsAreWellFormedAndUnique() {
        Map<String, String> seen = new HashMap<>();
        for (Country c : TABLE.all()) {
            if (c.wikidata() == null)
                continue;
            assertTrue(c.wikidata().matches("Q[1-9][0-9]*"), c.iso2() + ": " + c.wikidata());
            String other = seen.put(c.wikidata(), c.iso2());
            assertNull(other, c.wikidata() + " is given to " + other + " and " + c.iso2());
        }
    }

    /** Stricter than the loader, which compares exact text: "Sao Tome" and "São Tomé" must not part ways. */
    @Test
    void noTextStandsForTwoCountries() {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (SurfaceForm sf : TABLE.surfaceForms()) {
            String other = owner.putIfAbsent(PublicCountryLists.fold(sf.text()), sf.country().iso2());
            if (other != null && !other.equals(sf.country().iso2()))
                shared.add(sf.text() + " (" + other + ", " + sf.country().iso2() + ")");
        }
        assertEquals(List.of(), shared);
    }

    // ---- the loader

    private static final String HEADER = CountryTableParser.HEADER + "\n";
    private static final String PK = "PK\tPAK\tQ843\tPakistan\t\tPakistani|Pakistanis\tIslamabad\n";

    @Test
    void commentsHeaderAndEmptyColumns() {
        CountryTable t = CountryTable.parse(new StringReader(
                "# a comment\n\n" + HEADER + PK + "BV\tBVT\t\tBouvet Island\t\t\t\n"));
        assertEquals(2, t.all().size());
        Country bv = t.byIso2("BV").orElseThrow();
        assertNull(bv.wikidata());
        assertEquals(List.of(), bv.aliases());
        assertEquals(List.of("Pakistani", "Pakistanis"), t.byIso2("PK").orElseThrow().demonyms());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("PK\tPAK\tQ843\tPakistan\t\t\n", 2, "7 tab-separated columns"),
                Arguments.of("pk\tPAK\tQ843\tPakistan\t\t\t\n", 2, "alpha-2"),
                Arguments.of("PK\tPAKI\tQ843\tPakistan\t\t\t\n", 2, "alpha-3"),
                Arguments.of("PK\tPAK\t843\tPakistan\t\t\t\n", 2, "Wikidata"),
                Arguments.of("PK\tPAK\tQ843\t\t\t\t\n", 2, "empty name"),
                Arguments.of("PK\tPAK\tQ843\tPakistan\t\tPakistani||Pakistanis\t\n", 2, "empty demonym"),
                Arguments.of("PK\tPAK\tQ843\tPakistan\t Pakistan \t\t\n", 2, "alias"),
                Arguments.of(PK + "# late comment\n", 3, "7 tab-separated columns"),
                Arguments.of(PK + "PK\tPRK\tQ423\tNorth Korea\t\t\t\n", 3, "PK already given on line 2"),
                Arguments.of(PK + "KP\tPRK\tQ843\tNorth Korea\t\t\t\n", 3, "Q843 already given on line 2"),
                Arguments.of(PK + "IN\tIND\tQ668\tIndia\t\t\tIslamabad\n", 3, "\"Islamabad\" already given"),
                Arguments.of("PK\tPAK\tQ843\tPakistan\tPakistan\t\t\n", 2, "\"Pakistan\" already given"));
    }

    @ParameterizedTest(name = "[{index}] {2} on line {1}")
    @MethodSource("malformed")
    void malformedRowsNameTheirLine(String rows, int line, String fragment) {
        GazetteerException e = assertThrows(GazetteerException.class,
                () -> CountryTable.parse(new StringReader(HEADER + rows)));
        assertTrue(e.getMessage().endsWith("[line " + line + "]"), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void headerIsRequired() {
        GazetteerException e = assertThrows(GazetteerException.class, () -> CountryTable.parse(new StringReader(PK)));
        assertTrue(e.getMessage().contains("[line 1]"), e.getMessage());
        assertThrows(GazetteerException.class, () -> CountryTable.parse(new StringReader("# only a comment\n")));
    }

    // ---- cross-checks against the public lists in ../shared/eval/dictionaries (skipped when absent)

    private static Path dictionaries() {
        String shared = System.getProperty("diplograph.shared");
        Assumptions.assumeTrue(shared != null, "system property diplograph.shared is not set");
        Path dir = Path.of(shared, "eval", "dictionaries");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no public country lists in " + dir);
        return dir;
    }

    private static synchronized Map<String, Mledoze> mledoze() throws IOException {
        if (mledoze == null)
            mledoze = PublicCountryLists.mledoze(dictionaries());
        return mledoze;
    }

    @Test
    void isoCodesAgreeWithMledoze() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Country c : TABLE.all()) {
            Mledoze m = mledoze().get(c.iso2());
            String expected = m == null ? "(none)" : ISO3_ELSEWHERE.getOrDefault(c.iso2(), m.cca3());
            if (!expected.equals(c.iso3()))
                wrong.add(c.iso2() + " " + c.iso3() + " vs " + expected);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySovereignStateIsListed() throws IOException {
        List<String> missing = mledoze().values().stream().filter(Mledoze::sovereign)
                .map(Mledoze::cca2).filter(code -> TABLE.byIso2(code).isEmpty()).sorted().toList();
        assertEquals(List.of(), missing);
        assertTrue(mledoze().values().stream().filter(Mledoze::sovereign).count() >= 193);
    }

    @Test
    void nameOrAliasIsKnownToMledoze() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Country c : TABLE.all()) {
            Set<String> names = mledoze().get(c.iso2()).names();
            if (Stream.concat(Stream.of(c.name()), c.aliases().stream()).noneMatch(n -> names.contains(n.toLowerCase(Locale.ROOT))))
                unknown.add(c.iso2() + " " + c.name());
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void demonymsAppearInPublicLists() throws IOException {
        Map<String, Set<String>> countryInfo = PublicCountryLists.countryInfoNationalities(dictionaries());
        List<String> unknown = new ArrayList<>();
        for (Country c : TABLE.all()) {
            Set<String> known = new HashSet<>(mledoze().get(c.iso2()).demonyms());
            known.addAll(countryInfo.getOrDefault(c.iso2(), Set.of()));
            DEMONYMS_ELSEWHERE.forEach((d, iso2) -> { if (iso2.equals(c.iso2())) known.add(PublicCountryLists.fold(d)); });
            for (String d : c.demonyms())
                if (!knownUpToPlural(PublicCountryLists.fold(d), known))
                    unknown.add(c.iso2() + " " + d);
        }
        assertEquals(List.of(), unknown);
        DEMONYMS_ELSEWHERE.forEach((d, iso2) ->
                assertTrue(TABLE.byIso2(iso2).orElseThrow().demonyms().contains(d), "stale allowlist entry " + d));
    }

    private static boolean knownUpToPlural(String d, Set<String> known) {
        return known.contains(d) || known.contains(d + "s") || d.endsWith("s") && known.contains(d.substring(0, d.length() - 1));
    }

    @Test
    void capitalsAgreeWithMledoze() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Country c : TABLE.all())
            for (String k : c.capitals())
                if (!mledoze().get(c.iso2()).capitals().contains(PublicCountryLists.fold(k))
                        && !c.iso2().equals(CAPITALS_ELSEWHERE.get(k)))
                    unknown.add(c.iso2() + " " + k);
        assertEquals(List.of(), unknown);
        CAPITALS_ELSEWHERE.forEach((k, iso2) ->
                assertTrue(TABLE.byIso2(iso2).orElseThrow().capitals().contains(k), "stale allowlist entry " + k));
    }
}
