package org.diplograph.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented CSV format: rows, quoting, errors naming file and line, and user tables over the bundled one. */
class TestKnowledgeCsv {
    private static final String HEADER = KnowledgeCsv.HEADER + "\n";

    private static List<Holding> read(String text) {
        return KnowledgeCsv.read(new StringReader(text), "my.csv", c -> !c.equals("ZZ"));
    }

    @Test
    void rowsWithQuotesCommentsAndPartialDates() {
        List<Holding> rows = read("# a comment\n" + HEADER
                + ",\"Tedros Adhanom Ghebreyesus\",Tedros,Tedros Adhanom|Dr Tedros,\"Director-General, WHO\","
                + "head-of-organization,,World Health Organization,,2017-07,,mine,\"a note, with a comma\",\n"
                + "x/anne,Anne Example,,,Ambassador,ambassador,FR,,US,2020,2021-03-04,mine,,Q42\n");
        assertEquals(2, rows.size());
        Holding t = rows.get(0);
        assertEquals("world-health-organization/tedros-adhanom-ghebreyesus", t.personId());
        assertEquals(List.of("Tedros Adhanom", "Dr Tedros"), t.aliases());
        assertEquals("Director-General, WHO", t.office());
        assertEquals(LocalDate.of(2017, 7, 31), t.start().last());
        assertNull(t.end());
        assertEquals("x/anne", rows.get(1).personId());
        assertEquals("US", rows.get(1).accreditedTo());
    }

    @Test
    void badRowsNameFileAndLine() {
        String ok = ",A B,,,Minister,minister,FR,,,2020,,mine,,\n";
        assertError("line 3: bad kind \"pm\"", HEADER + ok + ",A B,,,PM,pm,FR,,,2020,,mine,,\n");
        assertError("line 2: unknown country code \"ZZ\"", HEADER + ",A B,,,PM,minister,ZZ,,,2020,,mine,,\n");
        assertError("line 2: unknown country code \"fr\"", HEADER + ",A B,,,PM,minister,fr,,,2020,,mine,,\n");
        assertError("line 2: give either a country or an organization", HEADER + ",A B,,,PM,minister,,,,2020,,mine,,\n");
        assertError("line 2: start: bad date \"2020-13\"", HEADER + ",A B,,,PM,minister,FR,,,2020-13,,mine,,\n");
        assertError("line 2: end 2019 before start 2020", HEADER + ",A B,,,PM,minister,FR,,,2020,2019,mine,,\n");
        assertError("line 2: expected 14 columns, found 12", HEADER + ",A B,,,PM,minister,FR,,,2020,,mine\n");
        assertError("line 2: empty source", HEADER + ",A B,,,PM,minister,FR,,,2020,,,,\n");
        assertError("line 2: bad Wikidata item \"42\"", HEADER + ",A B,,,PM,minister,FR,,,2020,,mine,,42\n");
        assertError("line 2: bad person identifier \"Fr/A\"", HEADER + "Fr/A,A B,,,PM,minister,FR,,,2020,,mine,,\n");
        assertError("line 2: a quoted field is not closed", HEADER + ",\"A B,,,PM,minister,FR,,,2020,,mine,,\n");
        assertError("line 1: expected the header line", "name,office\n");
    }

    private static void assertError(String expected, String text) {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith("my.csv, " + expected), e.getMessage());
    }

    @Test
    void writtenRowsReadBack() {
        List<Holding> rows = read(HEADER + ",\"Say \"\"Hi\"\"\",,,\"Minister, of things\",minister,FR,,,2020-02-29,,mine,,\n");
        StringWriter out = new StringWriter();
        KnowledgeCsv.write(out, List.of("built for a test"), rows);
        assertEquals(rows, read(out.toString()));
        assertEquals("Say \"Hi\"", rows.get(0).name());
    }

    @Test
    void userTablesComeAfterTheBundledOne(@TempDir Path tmp) throws IOException {
        // A user's new holder of a single-holder office ends the bundled open term the day it starts.
        Path mine = tmp.resolve("mine.csv");
        Files.writeString(mine, HEADER
                + ",Ada Example,Example,,Secretary of State,foreign-minister,US,,,2030-02-01,,my-list,,\n");
        OfficeHolders holders = OfficeHolders.load(List.of(mine));
        assertEquals(List.of("Rubio", "Example"), holders.holders(OfficeKind.FOREIGN_MINISTER, "US", LocalDate.of(2030, 2, 1))
                .stream().map(Person::surname).toList(), "both on the day of handover");
        assertEquals(List.of("Example"), holders.holders(OfficeKind.FOREIGN_MINISTER, "US", LocalDate.of(2030, 6, 1))
                .stream().map(Person::surname).toList());
        assertTrue(OfficeHolders.bundled().holders(OfficeKind.FOREIGN_MINISTER, "US", LocalDate.of(2030, 6, 1))
                .stream().anyMatch(p -> p.surname().equals("Rubio")), "the bundled table itself is unchanged");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, HEADER + ",Ada Example,,,Secretary of State,secretary,US,,,2030-02-01,,my-list,,\n");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> OfficeHolders.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ", line 2: bad kind \"secretary\""), e.getMessage());
    }

    @Test
    void namesInOneForm() {
        assertEquals("joseph r biden jr", PersonNames.key("Joseph R. Biden, Jr."));
        assertEquals("Biden", PersonNames.lastName("Joseph R. Biden, Jr."));
        assertEquals("Elizabeth", PersonNames.lastName("Elizabeth II"));
        assertEquals(List.of("joseph", "r", "biden"), PersonNames.core("H.E. Mr Joseph R. Biden, Jr."));
        assertEquals("yeltsin", PersonNames.key("YEL'TSIN"));
        assertEquals("michele alliot marie", PersonNames.key("Michèle Alliot-Marie"));
        assertEquals("Blair", PersonNames.displayCase("BLAIR"));
        assertEquals("O'Neal", PersonNames.displayCase("O'NEAL"));
        assertEquals("Yel'tsin", PersonNames.displayCase("YEL'TSIN"));
        assertEquals("McCain", PersonNames.displayCase("MCCAIN"));
        assertEquals("Hoseini-Khamenei", PersonNames.displayCase("HOSEINI-KHAMENEI"));
        assertEquals("gb/tony-blair", PersonNames.personId("GB", "Tony Blair"));
    }
}
