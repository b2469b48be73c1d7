package org.diplograph.knowledge.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.knowledge.Holding;
import org.diplograph.knowledge.OfficeHolders;
import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.Person;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The whole converter: on the samples, who is who across the sources; on {@code ../shared} (where present), that it
 * rebuilds the shipped tables byte for byte.
 */
class TestBuildKnowledge {
    static List<List<Holding>> build(Path shared, Path curated, Path out) throws IOException {
        StringWriter log = new StringWriter();
        CommandLine cl = new CommandLine(new BuildKnowledgeCommand());
        cl.setOut(new PrintWriter(log));
        int code = cl.execute("--shared", shared.toString(), "--curated", curated.toString(), "--output", out.toString());
        assertEquals(0, code, log::toString);
        List<List<Holding>> tables = new ArrayList<>();
        for (String f : List.of(BuildKnowledgeCommand.MAIN, BuildKnowledgeCommand.COUNTRY_INFO)) {
            try (InputStream in = Files.newInputStream(out.resolve(f))) {
                tables.add(OfficeHolders.read(in, f, true));
            }
        }
        return tables;
    }

    @Test
    void samplesMakeOnePersonOfEachAcrossSources(@TempDir Path tmp) throws IOException {
        Path samples = TestKnowledgeSources.SAMPLES;
        List<List<Holding>> tables = build(samples, samples.resolveSibling("curated.csv"), tmp.resolve("a"));
        OfficeHolders holders = OfficeHolders.of(tables);
        // Blair is in all six sources and the curated rows: one person, the curated Wikidata item, and the IfG term
        // covering the others' (which are dropped).
        Person blair = holders.person("gb/tony-blair").orElseThrow();
        assertEquals("Q9545", blair.wikidata());
        List<Holding> pm = blair.holdings().stream().filter(h -> h.kind() == OfficeKind.HEAD_OF_GOVERNMENT).toList();
        assertEquals(1, pm.size(), pm::toString);
        assertEquals("ifg", pm.get(0).source());
        assertTrue(blair.aliases().contains("Anthony Blair"));
        // Lavrov: the curated term as foreign minister, and the Phoenix years before it (at the UN).
        Person lavrov = holders.person("ru/sergey-lavrov").orElseThrow();
        assertEquals(List.of("curated", "phoenix"), lavrov.holdings().stream().map(Holding::source).sorted().distinct().toList());
        assertEquals(List.of(lavrov), holders.holders(OfficeKind.FOREIGN_MINISTER, "RU", LocalDate.of(2010, 1, 1)));
        // Straw: IfG's term as Justice Secretary covers CountryInfo's, which is dropped; CountryInfo's Foreign
        // Secretary term runs past IfG's (to 2007) and stays, in CountryInfo's own table, as does Miliband's.
        List<Holding> info = tables.get(1);
        assertTrue(info.stream().anyMatch(h -> h.personId().equals("gb/david-miliband")));
        assertTrue(info.stream().anyMatch(h -> h.personId().equals("gb/jack-straw") && h.kind() == OfficeKind.FOREIGN_MINISTER));
        assertTrue(info.stream().noneMatch(h -> h.personId().equals("gb/jack-straw") && h.kind() == OfficeKind.MINISTER));
        assertTrue(tables.get(0).stream().noneMatch(h -> h.source().equals("countryinfo")));
        // Annan from the curated row and Phoenix's list of heads: one person, the curated identifier.
        assertEquals(1, holders.byName("Kofi Annan", LocalDate.of(2003, 1, 1)).size());
        // The same inputs give the same bytes.
        build(samples, samples.resolveSibling("curated.csv"), tmp.resolve("b"));
        for (String f : List.of(BuildKnowledgeCommand.MAIN, BuildKnowledgeCommand.COUNTRY_INFO))
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)));
    }

    @Test
    void sharedSourcesRebuildTheShippedTables(@TempDir Path tmp) throws IOException {
        Path shared = Path.of(System.getProperty("diplograph.shared", "../shared"));
        for (String source : List.of("knowledge/factbook", "knowledge/pocom", "knowledge/ifg-ministers", "knowledge/visits",
                "eval/dictionaries/petrarch2", "eval/dictionaries/countryinfo"))
            Assumptions.assumeTrue(Files.isDirectory(shared.resolve(source)), () -> shared.resolve(source) + " is absent");
        Path data = Path.of("data/knowledge");
        List<List<Holding>> tables = build(shared, data.resolve("curated.csv"), tmp);
        for (String f : List.of(BuildKnowledgeCommand.MAIN, BuildKnowledgeCommand.COUNTRY_INFO))
            assertArrayEquals(Files.readAllBytes(data.resolve(f)), Files.readAllBytes(tmp.resolve(f)),
                    f + " differs from a fresh build: run bin/diplograph build-knowledge and commit the result");
        // Spot checks on the fresh build, one per source.
        OfficeHolders holders = OfficeHolders.of(tables);
        assertEquals("Thatcher", only(holders, OfficeKind.HEAD_OF_GOVERNMENT, "GB", "1985-06-01"));      // IfG
        assertEquals("Christopher", only(holders, OfficeKind.FOREIGN_MINISTER, "US", "1995-06-01"));     // POCOM
        assertEquals("Kohl", only(holders, OfficeKind.HEAD_OF_GOVERNMENT, "DE", "1995-06-01"));          // Factbook
        assertEquals("Suga", only(holders, OfficeKind.HEAD_OF_GOVERNMENT, "JP", "2021-01-01"));          // curated
        assertTrue(holders.byName("Tony Blair", LocalDate.of(1999, 1, 1)).get(0).holdings().stream()
                .anyMatch(h -> h.kind() == OfficeKind.HEAD_OF_GOVERNMENT));
    }

    private static String only(OfficeHolders holders, OfficeKind kind, String country, String day) {
        List<Person> found = holders.holders(kind, country, LocalDate.parse(day));
        assertEquals(1, found.size(), () -> kind + " of " + country + " on " + day + ": " + found);
        return found.get(0).surname();
    }
}
