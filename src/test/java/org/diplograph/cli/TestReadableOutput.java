package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.TestFixtures;
import org.diplograph.cli.TestCommandLine.Run;
import org.diplograph.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user sees: tables a person can read in 120 columns, errors that name the valid choices (exit 2),
 * empty answers that say what they looked for, articles in another language skipped and said so (exit 3), the one
 * version.
 */
class TestReadableOutput {
    private static final int WIDTH = 120;

    @TempDir
    Path tmp;

    @Test
    void whoMetWhomIsATableOfNamesDatesAndPlacesIn120Columns() {
        Run r = TestCommandLine.run("query", "who-met-whom", "--store", TestFixtures.seedStore().toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertReadable(lines);
        assertTrue(lines.get(0).matches("date +placeName +aName +bName +mode +status"), lines.get(0));
        assertTrue(r.out().contains("2026-02-25  Basseterre"), r.out());
        assertTrue(r.out().contains("Marco Rubio"), r.out());
        Matcher count = Pattern.compile("(?m)^(\\d+) rows; not shown: meeting, article, source, a, b, confidence")
                .matcher(r.out());
        assertTrue(count.find(), r.out());
        assertEquals(Integer.parseInt(count.group(1)), lines.size() - 3, "a line per row, besides header, rule, count");

        Run full = TestCommandLine.run("query", "who-met-whom", "--store", TestFixtures.seedStore().toString(), "--full");
        assertTrue(full.out().lines().findFirst().orElseThrow().contains("meeting"), full.out());
        assertTrue(full.out().contains("dgr:meeting/2026-02-25-"), "IRIs stay with --full, prefixed: " + full.out());
        Run csv = TestCommandLine.run("query", "who-met-whom", "--store", TestFixtures.seedStore().toString(),
                "--format", "csv");
        assertTrue(csv.out().contains("https://w3id.org/diplograph/id/meeting/"), "and whole in csv");
    }

    @Test
    void theDemoPrintsAReadableTableAndWhatElseToAsk() {
        Run r = TestCommandLine.run("demo", "--store", tmp.resolve("db").toString(), "--output",
                tmp.resolve("demo.ttl").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        int start = lines.indexOf("Who met whom:") + 1;
        int end = start;
        while (!lines.get(end).matches("\\d+ rows?.*"))
            end++;
        assertTrue(end - start > 3, r.out());
        assertReadable(lines.subList(start, end + 1));
        assertTrue(r.out().contains("What else to ask:"), r.out());
        assertTrue(r.out().contains(" query statements --param speaker="), r.out());
        assertTrue(r.out().contains(" query country-relations --param a="), r.out());
        assertTrue(r.out().contains(" serve"), r.out());
        assertTrue(r.out().contains(" export --format trig --country "), r.out());
        assertTrue(Files.isRegularFile(tmp.resolve("demo.ttl")));
    }

    @Test
    void anUnknownCountryCodeExitsTwoWithTheChoices() {
        String store = TestFixtures.seedStore().toString();
        Run xx = TestCommandLine.run("query", "who-met-whom", "--store", store, "--param", "country=XX");
        assertEquals(2, xx.exit(), xx.err());
        assertEquals(1, xx.err().lines().count(), xx.err());
        assertTrue(xx.err().contains("\"XX\" is not a country code"), xx.err());
        assertTrue(xx.err().contains("countries its articles name most: ") && xx.err().contains("PK Pakistan"), xx.err());

        Run name = TestCommandLine.run("query", "country-relations", "--store", store, "--param", "a=Pakistan");
        assertEquals(2, name.exit());
        assertTrue(name.err().contains("did you mean PK (Pakistan)?"), name.err());
        Run alias = TestCommandLine.run("query", "statements", "--store", store, "--param", "speakerCountry=UK");
        assertEquals(2, alias.exit());
        assertTrue(alias.err().contains("did you mean GB (United Kingdom)?"), alias.err());

        Run lower = TestCommandLine.run("query", "who-met-whom", "--store", store, "--param", "country=pk");
        assertEquals(0, lower.exit(), "a code in lower case is the code: " + lower.err());
        assertFalse(lower.out().startsWith("0 rows"), lower.out());
    }

    @Test
    void anUnknownParameterOrQueryExitsTwoWithTheChoices() {
        String store = TestFixtures.seedStore().toString();
        Run param = TestCommandLine.run("query", "who-met-whom", "--store", store, "--param", "contry=PK");
        assertEquals(2, param.exit());
        assertEquals("diplograph: query who-met-whom has no parameter \"contry\"; did you mean country? It takes: "
                + "person, country, from, to, status", param.err().strip());
        Run query = TestCommandLine.run("query", "who-met", "--store", store);
        assertEquals(2, query.exit());
        assertTrue(query.err().contains("did you mean who-met-whom?"), query.err());
        Run date = TestCommandLine.run("query", "who-met-whom", "--store", store, "--param", "from=last week");
        assertEquals(2, date.exit());
        assertTrue(date.err().contains("parameter from: not a date (YYYY-MM-DD)"), date.err());
    }

    @Test
    void anEmptyAnswerSaysWhatItLookedFor() {
        String store = TestFixtures.seedStore().toString();
        Run fiji = TestCommandLine.run("query", "who-met-whom", "--store", store, "--param", "country=FJ");
        assertEquals(0, fiji.exit(), fiji.err());
        assertTrue(fiji.out().startsWith("0 rows\nNo rows for who-met-whom (Who met whom, when, where and in what "
                + "form, with the articles that report it) with country=FJ, status=occurred (default). The store "
                + "holds 2 articles.\n"), fiji.out());
        assertTrue(fiji.out().contains("FJ (Fiji) is named in none of them; they name most: "), fiji.out());
        Run csv = TestCommandLine.run("query", "who-met-whom", "--store", store, "--param", "from=2030-01-01",
                "--format", "csv");
        assertEquals("meeting,date,placeName,aName,bName,mode,status,article,source,a,b,confidence", csv.out().strip(),
                "csv stays csv");
        assertTrue(csv.err().startsWith("No rows for who-met-whom"), csv.err());
    }

    @Test
    void aFolderWithAResultsTableAndAFrenchArticle() throws IOException, URISyntaxException {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Path languages = Path.of(getClass().getResource("/languages").toURI());
        Files.copy(languages.resolve("english-results-table.txt"), folder.resolve("results.txt"));
        Files.copy(languages.resolve("foreign-fr-prose.txt"), folder.resolve("french.txt"));

        Run ingest = TestCommandLine.run("ingest", "--store", tmp.resolve("db").toString(), folder.toString());
        assertEquals(3, ingest.exit(), "exit 3: an article skipped, nothing failed\n" + ingest.out() + ingest.err());
        assertTrue(ingest.out().startsWith("articles read 2, stored 1, skipped 0 (unchanged), failed 0, skipped 1 "
                + "(not English); 1 with a warning; "), ingest.out());
        assertTrue(ingest.err().contains("warning: " + folder.resolve("results.txt") + ": mostly tables or lists ("),
                ingest.err());
        assertTrue(ingest.err().contains("skipped: " + folder.resolve("french.txt") + ": not English (Latin script, "
                + "but only 0 of 101 words are common English words); diplograph reads English news"), ingest.err());
        assertFalse(ingest.err().contains("error:"), ingest.err());

        Run extract = TestCommandLine.run("extract", folder.toString());
        assertEquals(3, extract.exit(), extract.err());
        assertEquals(1, extract.out().lines().count(), "one article extracted: " + extract.out());
        assertTrue(extract.out().contains("Manchester City"), extract.out());
        assertTrue(extract.err().contains("skipped: " + folder.resolve("french.txt") + ": not English"), extract.err());
        assertTrue(extract.err().contains("warning: " + folder.resolve("results.txt") + ": mostly tables or lists"),
                extract.err());
    }

    @Test
    void theVersionIsThePomsWithTheExtractorsBesideIt() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>diplograph</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find());
        Run r = TestCommandLine.run("--version");
        assertEquals(0, r.exit());
        assertEquals("diplograph " + pom.group(1) + " (extractor " + Extractor.VERSION + ")", r.out().strip());
    }

    /** Every line within 120 columns; no typed literal, no IRI in angle brackets. */
    private static void assertReadable(List<String> lines) {
        for (String line : lines) {
            assertTrue(line.length() <= WIDTH, "wider than " + WIDTH + ": " + line);
            assertFalse(line.contains("^^xsd:"), line);
            assertFalse(line.contains("<https://"), line);
        }
    }
}
