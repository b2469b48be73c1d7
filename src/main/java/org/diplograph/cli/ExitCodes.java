package org.diplograph.cli;

import picocli.CommandLine;

/**
 * The exit codes of every command: picocli's 0, 1 and 2, and 3 for a run that went well but left articles out
 * because they are in another language (nothing is wrong with them, and a rerun would do the same).
 */
final class ExitCodes {
    static final int OK = CommandLine.ExitCode.OK;
    static final int FAILED = CommandLine.ExitCode.SOFTWARE;
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int SKIPPED = 3;

    /** For {@code @Command(exitCodeList = ...)} of the commands that read articles. */
    static final String LIST_0 = "0:every article was stored or extracted (or was already stored unchanged)";
    static final String LIST_1 = "1:something failed: an unreadable input, a too long article, an extraction error";
    static final String LIST_2 = "2:usage error (bad option or parameter)";
    static final String LIST_3 = "3:nothing failed, but articles in another language were skipped";

    private ExitCodes() {
    }

    /** A run's exit code: failures first, then skipped articles. */
    static int of(long failed, long skipped) {
        return failed > 0 ? FAILED : skipped > 0 ? SKIPPED : OK;
    }
}
