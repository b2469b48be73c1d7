package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Exit codes and outputs of the commands, run in-process against the seed store. */
class TestCommandLine {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = DiplographCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpOnEveryCommand() {
        for (String cmd : new String[] {"ingest", "extract", "query", "export", "validate", "stats", "demo", "serve",
                "eval", "bench", "build-knowledge"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: diplograph " + cmd), r.out());
        }
    }

    /** A bad row of a --knowledge table stops ingest and extract before any work, naming the file and line. */
    @Test
    void badKnowledgeTableNamesFileAndLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path table = tmp.resolve("mine.csv");
        java.nio.file.Files.writeString(table, org.diplograph.knowledge.KnowledgeCsv.HEADER + "\n"
                + ",Jane Example,,,Minister,minister,ZZ,,,2026,,my-list,,\n");
        Path article = tmp.resolve("a.txt");
        java.nio.file.Files.writeString(article, "Prime Minister Jane Example met the press in Wellington.");
        for (String cmd : List.of("extract", "ingest")) {
            Run r = cmd.equals("ingest")
                    ? run(cmd, "--knowledge", table.toString(), "--store", tmp.resolve("db").toString(), article.toString())
                    : run(cmd, "--knowledge", table.toString(), article.toString());
            assertEquals(1, r.exit(), cmd + ": " + r.err());
            assertTrue(r.err().contains(table + ", line 2: unknown country code \"ZZ\""), r.err());
            assertEquals("", r.out(), "nothing extracted or stored");
        }
    }

    /** eval and bench are the tools' commands (src/tools, on the test class path), found through ServiceLoader. */
    @Test
    void toolCommandsComeFromTheClassPath() {
        Run list = run("eval", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("meetings-dev"), list.out());
        List<String> names = List.copyOf(DiplographCommand.commandLine().getSubcommands().keySet());
        assertEquals(List.of("demo", "ingest", "extract", "query", "export", "validate", "stats", "serve", "eval",
                "bench", "build-knowledge", "help"), names);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("query").exit());
        assertEquals(2, run("nosuchcommand").exit());
        assertEquals(2, run("ingest").exit());
    }

    @Test
    void queryStatsAndValidateOnTheSeedStore() {
        String store = TestFixtures.seedStore().toString();
        Run q = run("query", "country-mentions", "--store", store, "--param", "country=RU", "--format", "csv");
        assertEquals(0, q.exit(), q.err());
        assertTrue(q.out().startsWith("countryCode,countryName,article,source"), q.out());
        assertTrue(q.out().contains("RU,Russia"), q.out());

        Run unknown = run("query", "no-such-query", "--store", store);
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no query named 'no-such-query'"), unknown.err());

        Run stats = run("stats", "--store", store);
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains("articles    2"), stats.out());

        Run validate = run("validate", "--store", store);
        assertEquals(0, validate.exit(), validate.out());
    }

    @Test
    void ingestOfAMissingFileFailsWithItsName(@org.junit.jupiter.api.io.TempDir Path dir) {
        Run r = run("ingest", "--store", dir.resolve("db").toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("missing.txt"), r.err());
    }
}
