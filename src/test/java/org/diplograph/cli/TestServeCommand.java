package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The serve command's options; the server itself is tested in org.diplograph.serve. */
class TestServeCommand {
    @Test
    void helpNamesTheEndpoints() {
        TestCommandLine.Run r = TestCommandLine.run("serve", "--help");
        assertEquals(0, r.exit());
        for (String option : new String[] {"--store", "--port", "--host", "--allow-update", "--timeout", "--max-rows",
                "--max-query-kb", "--max-update-mb", "--password-file"})
            assertTrue(r.out().contains(option), option + " in " + r.out());
        assertTrue(r.out().contains("/diplograph/sparql"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, TestCommandLine.run("serve", "--endpoint", "http://localhost:3030/ds").exit());
        assertEquals(2, TestCommandLine.run("serve", "--port", "70000").exit());
        assertEquals(2, TestCommandLine.run("serve", "--timeout", "0").exit());
        assertEquals(2, TestCommandLine.run("serve", "--max-rows", "0").exit());
        assertEquals(2, TestCommandLine.run("serve", "--max-query-kb", "0").exit());
    }

    /** Updates on an interface other machines reach need a password file; a password file needs updates. */
    @Test
    void updatesBeyondLoopbackWithoutAPasswordFileAreAUsageError() {
        TestCommandLine.Run open = TestCommandLine.run("serve", "--host", "0.0.0.0", "--allow-update");
        assertEquals(2, open.exit());
        assertTrue(open.err().contains("--password-file"), open.err());
        assertEquals(2, TestCommandLine.run("serve", "--password-file", "pw.txt").exit());
    }
}
