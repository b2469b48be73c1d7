package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diplograph.serve.ServeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --article / --country / --describe on the command line. */
class TestExportCommand {
    static final String TALKS = "https://w3id.org/diplograph/id/article/fixture-talks";

    @Test
    void exportsOneArticleWithItsDescription(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("talks.trig");
        TestCommandLine.Run r = TestCommandLine.run("export", "--store", ServeFixtures.fixtureStore().toString(),
                "--format", "trig", "--article", TALKS, "--describe", "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        String trig = Files.readString(out);
        assertTrue(trig.contains("void:Dataset") && trig.contains("dcat:Dataset"), trig);
        assertTrue(trig.contains("Ishaq Dar"));
        assertTrue(!trig.contains("fixture-border"));
    }

    @Test
    void badSelectionsAreRefused() {
        String store = ServeFixtures.fixtureStore().toString();
        assertEquals(2, TestCommandLine.run("export", "--store", store, "--article", "not an iri").exit());
        assertEquals(2, TestCommandLine.run("export", "--store", store, "--country", "XX").exit());
        assertEquals(2, TestCommandLine.run("export", "--store", store, "--country", "PK", "--article", TALKS).exit());
        assertEquals(2, TestCommandLine.run("export", "--store", store, "--describe", "--license", "{x}").exit());
        TestCommandLine.Run missing = TestCommandLine.run("export", "--store", store,
                "--article", "https://w3id.org/diplograph/id/article/nosuch", "--output", "/dev/null");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no article"), missing.err());
    }
}
