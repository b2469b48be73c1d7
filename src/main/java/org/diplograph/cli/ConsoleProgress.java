package org.diplograph.cli;

import java.io.PrintWriter;

import org.diplograph.pipeline.ProgressListener;

/**
 * Progress of a long ingest: a live counter line on a terminal, a log line every ten seconds otherwise (so that
 * redirected output stays readable).
 */
final class ConsoleProgress implements ProgressListener {
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastLog = start;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void progress(long done, long failed) {
        long now = System.nanoTime();
        double seconds = (now - start) / 1e9;
        String line = String.format("%d articles done, %d failed, %.1f articles/s", done, failed,
                seconds > 0 ? done / seconds : 0.0);
        if (terminal) {
            err.print("\r" + bar(done) + " " + line);
            err.flush();
        } else if (now - lastLog >= LOG_EVERY_NANOS) {
            err.println("progress: " + line);
            lastLog = now;
        }
    }

    /** Ends the live line so that the summary starts on a fresh one. */
    void finish() {
        if (terminal)
            err.println();
    }

    private static String bar(long done) {
        int pos = (int) (done % 20);
        return "[" + " ".repeat(pos) + "=" + " ".repeat(19 - pos) + "]";
    }
}
