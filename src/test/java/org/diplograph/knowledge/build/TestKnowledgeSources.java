package org.diplograph.knowledge.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.OfficeKind;
import org.junit.jupiter.api.Test;

/** Each source reader on a few lines in the source's own format (src/test/resources/knowledge/shared). */
class TestKnowledgeSources {
    static final Path SAMPLES = samples();
    private static final CountryTable COUNTRIES = CountryTable.standard();

    static Path samples() {
        try {
            return Path.of(TestKnowledgeSources.class.getResource("/knowledge/shared").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SourceRow one(List<SourceRow> rows, Predicate<SourceRow> which) {
        List<SourceRow> found = rows.stream().filter(which).toList();
        assertEquals(1, found.size(), () -> "expected one row, found " + found);
        return found.get(0);
    }

    private static Predicate<SourceRow> named(String name, OfficeKind kind) {
        return r -> r.name().equals(name) && r.kind() == kind;
    }

    @Test
    void factbookLettersLostInSomeEditionsAreRestored() {
        // The archive's 2023 edition for Mexico, and the 2022 one beside it.
        String y2023 = "chief of state: President Andr s Manuel L PEZ OBRADOR (since 1 December 2018); note - the president";
        String y2022 = "chief of state: President Andres Manuel LOPEZ OBRADOR (since 1 December 2018); note - the president";
        assertEquals(y2022, Factbook.repairLostLetters(y2023, List.of(y2022)));
        // Two holes in a row ("Lu s In cio"), and spaces that are spaces stay.
        assertEquals("President Luis Inacio LULA da Silva (since 1 January 2023)", Factbook.repairLostLetters(
                "President Lu s In cio LULA da Silva (since 1 January 2023)",
                List.of("President Luis Inacio LULA da Silva (since 1 January 2003)")));
        assertEquals("Prime Minister Keir STARMER", Factbook.repairLostLetters("Prime Minister Keir STARMER",
                List.of("Prime Minister Rishi SUNAK")));
    }

    @Test
    void factbookTermsAcrossEditions() throws IOException {
        List<SourceRow> rows = Factbook.read(SAMPLES.resolve("knowledge/factbook/executive-branch.tsv"));
        // "Prime Minister Anthony (Tony) BLAIR (since 2 May 1997)" in 2005-2006, "Gordon BROWN (since 27 June 2007)" in 2007.
        SourceRow blair = one(rows, named("Tony Blair", OfficeKind.HEAD_OF_GOVERNMENT));
        assertEquals("GB", blair.country());
        assertEquals("Blair", blair.surname());
        assertEquals("1997-05-02", blair.start().text());
        assertEquals("2007-06-27", blair.end().text());
        assertTrue(blair.aliases().contains("Anthony Blair"), blair.aliases()::toString);
        SourceRow brown = one(rows, r -> r.surname().equals("Brown") && r.kind() == OfficeKind.HEAD_OF_GOVERNMENT);
        assertEquals("2007-06-27", brown.start().text());
        assertTrue(brown.softEnd(), "last edition of the sample, not of the archive: a soft end");
        // The 2004-2005 editions leave the vice president out; the same start date makes one term.
        SourceRow cheney = one(rows, named("Richard B. Cheney", OfficeKind.DEPUTY_HEAD_OF_STATE));
        assertEquals("2001-01-20", cheney.start().text());
        // Family name first, in capitals.
        SourceRow hu = one(rows, named("Hu Jintao", OfficeKind.HEAD_OF_STATE));
        assertEquals("Hu", hu.surname());
        one(rows, named("Xi Jinping", OfficeKind.DEPUTY_HEAD_OF_STATE));
        // Missions both ways: the US ambassador in London, the chargé before him.
        SourceRow tuttle = one(rows, r -> r.surname().equals("Tuttle"));
        assertEquals(List.of("US", "GB", OfficeKind.AMBASSADOR), List.of(tuttle.country(), tuttle.accreditedTo(), tuttle.kind()));
        SourceRow johnson = one(rows, r -> r.surname().equals("Johnson") && "GB".equals(r.accreditedTo()));
        assertEquals(OfficeKind.CHARGE_D_AFFAIRES, johnson.kind());
        SourceRow manning = one(rows, r -> r.surname().equals("Manning"));
        assertEquals(List.of("GB", "US"), List.of(manning.country(), manning.accreditedTo()));
        // 1991: leaders merged into another field ("Chief of State--"), parties after them, and the US ambassador after
        // "US--" in the one diplomatic field.
        SourceRow mitterrand = one(rows, r -> r.surname().equals("Mitterrand"));
        assertEquals(List.of(OfficeKind.HEAD_OF_STATE, "1981-05-21"), List.of(mitterrand.kind(), mitterrand.start().text()));
        one(rows, r -> r.surname().equals("Cresson") && r.kind() == OfficeKind.HEAD_OF_GOVERNMENT);
        assertFalse(rows.stream().anyMatch(r -> r.surname().equals("Chirac")), "party leaders are no office holders");
        SourceRow curley = one(rows, r -> r.surname().equals("Curley"));
        assertEquals(List.of("US", "FR"), List.of(curley.country(), curley.accreditedTo()));
    }

    @Test
    void pocomPrincipalsAndChiefsOfMission() throws IOException {
        List<SourceRow> rows = Pocom.read(SAMPLES.resolve("knowledge/pocom"), new Territories(COUNTRIES));
        SourceRow rubio = one(rows, r -> r.surname().equals("Rubio"));
        assertEquals(List.of(OfficeKind.FOREIGN_MINISTER, "US", "2025-01-21"),
                List.of(rubio.kind(), rubio.country(), rubio.start().text()));
        assertNull(rubio.end(), "started in 2025 without an end: in office");
        SourceRow blinken = one(rows, r -> r.surname().equals("Blinken"));
        assertEquals("Antony J. Blinken", blinken.name());
        assertTrue(blinken.aliases().containsAll(List.of("Antony John Blinken", "Antony Blinken")));
        assertEquals("2025-01-20", blinken.end().text());
        assertFalse(rows.stream().anyMatch(r -> r.surname().equals("Hull")), "terms ended before 1945 are left out");
        SourceRow tuttle = one(rows, r -> r.surname().equals("Tuttle"));
        assertEquals(List.of(OfficeKind.AMBASSADOR, "GB", "2005-10-19", "2009-02-06"),
                List.of(tuttle.kind(), tuttle.accreditedTo(), tuttle.start().text(), tuttle.end().text()));
        // No end and no successor, from before 2024: vouched for its start year only.
        SourceRow johnson = one(rows, r -> r.surname().equals("Johnson"));
        assertEquals("2017", johnson.end().text());
        assertTrue(johnson.softEnd());
    }

    @Test
    void ifgMinisters() throws IOException {
        List<SourceRow> rows = IfgMinisters.read(SAMPLES.resolve("knowledge/ifg-ministers"));
        SourceRow blair = one(rows, named("Tony Blair", OfficeKind.HEAD_OF_GOVERNMENT));
        assertEquals(List.of("1997-05-02", "2007-06-27"), List.of(blair.start().text(), blair.end().text()));
        SourceRow straw = one(rows, named("Jack Straw", OfficeKind.FOREIGN_MINISTER));
        assertEquals("Secretary of State for Foreign and Commonwealth Affairs", straw.office());
        assertEquals(List.of("2001-06-08", "2006-05-05"), List.of(straw.start().text(), straw.end().text()));
        SourceRow mandelson = rows.stream().filter(r -> r.surname().equals("Mandelson")).findFirst().orElseThrow();
        assertEquals("Peter Mandelson", mandelson.name());
        assertTrue(mandelson.aliases().contains("Lord Mandelson"));
        assertFalse(rows.stream().anyMatch(r -> r.office().contains("Whip")), "whips are left out");
        // Seats are terms of their own: a minister before and after government is an MP or a peer.
        SourceRow lords = one(rows, r -> r.surname().equals("Mandelson") && r.office().equals("Member of the House of Lords"));
        assertEquals(List.of(OfficeKind.LEGISLATOR, "2008-10-03"), List.of(lords.kind(), lords.start().text()));
        assertNull(lords.end());
        SourceRow mp = one(rows, r -> r.surname().equals("Straw") && r.kind() == OfficeKind.LEGISLATOR);
        assertEquals(List.of("Member of Parliament", "2001-06-07", "2005-05-05"),
                List.of(mp.office(), mp.start().text(), mp.end().text()));
        assertTrue(rows.stream().allMatch(r -> r.country().equals("GB") && r.personKey() != null));
    }

    @Test
    void visitsGiveAttestedTerms() throws IOException {
        List<SourceRow> rows = Visits.read(SAMPLES.resolve("knowledge/visits/data"), new Territories(COUNTRIES));
        SourceRow blair = one(rows, named("Tony Blair", OfficeKind.HEAD_OF_GOVERNMENT));
        assertEquals(List.of("1998-02-04", "2006-05-26"), List.of(blair.start().text(), blair.end().text()));
        one(rows, r -> r.name().equals("Juan Guaidó") && r.country().equals("VE") && r.office().equals("Interim President"));
        assertFalse(rows.stream().anyMatch(r -> r.name().contains("Collor")), "a president-elect holds no office yet");
        assertFalse(rows.stream().anyMatch(r -> r.name().contains("Gorbachev")), "the Soviet Union is not Russia");
    }

    @Test
    void phoenixDatedRoles() throws IOException {
        Path dir = SAMPLES.resolve("eval/dictionaries/petrarch2");
        List<SourceRow> rows = Phoenix.read(dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"), COUNTRIES);
        SourceRow blair = one(rows, r -> r.name().equals("Tony Blair"));
        assertEquals(List.of(OfficeKind.GOVERNMENT_MEMBER, "1997-05-02", "2007-06-27"),
                List.of(blair.kind(), blair.start().text(), blair.end().text()));
        assertEquals(List.of("Anthony Blair"), blair.aliases(), "the title taken off, the name itself is no alias");
        SourceRow lavrov = one(rows, named("Sergey Lavrov", OfficeKind.FOREIGN_MINISTER));
        assertEquals("2004-03-09", lavrov.start().text());
        assertTrue(lavrov.softEnd(), "open at the end: vouched to the files' year");
        assertEquals(List.of("Sergei Lavrov"), lavrov.aliases(), "a phrase with a title is no alias");
        one(rows, r -> r.name().equals("Zhou Enlai") && r.country().equals("CN"));
        SourceRow annan = one(rows, r -> r.name().equals("Kofi Annan"));
        assertEquals(List.of(OfficeKind.HEAD_OF_ORGANIZATION, "United Nations"), List.of(annan.kind(), annan.organization()));
        assertEquals(OfficeKind.OFFICIAL, one(rows, r -> r.name().equals("Jean Marie Guehenno")).kind());
        assertFalse(rows.stream().anyMatch(r -> r.name().contains("Fanfani")), "the Council presidency is left out");
    }

    @Test
    void countryInfoLeadersAndGovernment() throws IOException {
        List<SourceRow> rows = CountryInfo.read(SAMPLES.resolve("eval/dictionaries/countryinfo/CountryInfo.120116.txt"),
                COUNTRIES);
        SourceRow major = one(rows, named("John Major", OfficeKind.HEAD_OF_GOVERNMENT));
        assertEquals(List.of("1990-11-28", "1997-05-02"), List.of(major.start().text(), major.end().text()));
        SourceRow queen = one(rows, r -> r.name().equals("Elizabeth II"));
        assertEquals(OfficeKind.HEAD_OF_STATE, queen.kind());
        assertTrue(queen.softEnd());
        // Titles of the comment in the order of the codes; "<date" is vouched from the first edition, January 2003;
        // June 31st is June's last day.
        SourceRow strawFm = one(rows, named("Jack Straw", OfficeKind.FOREIGN_MINISTER));
        assertEquals("2003-01", strawFm.start().text());
        assertEquals("2007-06-30", strawFm.end().text());
        SourceRow strawJustice = one(rows, named("Jack Straw", OfficeKind.MINISTER));
        assertEquals("Secretary of State for Justice and Lord Chancellor", strawJustice.office());
        SourceRow miliband = one(rows, named("David Miliband", OfficeKind.FOREIGN_MINISTER));
        assertEquals(List.of("David Wright Miliband"), miliband.aliases());
        assertFalse(rows.stream().anyMatch(r -> r.name().contains("George")), "a central bank governor holds no office here");
        assertEquals("GN", one(rows, r -> r.name().equals("Jose Lopes")).country(), "by the country code, not the wrong tag");
    }
}
