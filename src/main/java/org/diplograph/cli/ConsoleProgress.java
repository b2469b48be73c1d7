package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.diplograph.pipeline.ProgressListener;

/**
 * Progress of a run over many articles, on stderr. On a terminal, a bar redrawn in place with the count, the rate
 * and the time left: {@code [##########..........] 120/241 articles  9.8/s  12 s left  1 failed}. Otherwise (a
 * log file, CI) a plain line every ten seconds, so that redirected output stays readable.
 */
final class ConsoleProgress implements ProgressListener {
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;
    private static final int BAR = 20;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long expected = -1;
    private long lastLog = start;
    private long lastDraw;
    private int drawn;
    /** When the first article was done, and how many were then: the rate is measured from there, not from the
     * start, which includes loading CoreNLP. */
    private long firstTime, firstDone = -1;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void expected(long articles) {
        expected = articles;
    }

    @Override
    public synchronized void progress(long done, long failed) {
        long now = System.nanoTime();
        if (firstDone < 0 && done > 0) {
            firstDone = done;
            firstTime = now;
        }
        if (terminal) {
            if (now - lastDraw < DRAW_EVERY_NANOS && done < expected)
                return;
            lastDraw = now;
            String line = bar(done) + "  " + describe(done, failed, now);
            err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
            err.flush();
            drawn = line.length();
        } else if (now - lastLog >= LOG_EVERY_NANOS) {
            err.println("progress: " + describe(done, failed, now));
            err.flush();
            lastLog = now;
        }
    }

    /** Takes the bar off the screen (before other output, and at the end), to be drawn again at the next progress. */
    synchronized void clear() {
        if (terminal && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
            lastDraw = 0;
        }
    }

    /** Ends the run's progress output, so that the summary starts on a clean line. */
    void finish() {
        clear();
    }

    /** "120/241 articles, 9.8/s, 12 s left, 1 failed" (the total is at least what is done: the estimate may be low). */
    String describe(long done, long failed, long now) {
        double rate = 0;
        if (firstDone >= 0 && done > firstDone && now - firstTime >= 1_000_000_000L)
            rate = (done - firstDone) / ((now - firstTime) / 1e9);
        else if (done > 0 && now > start)
            rate = done / ((now - start) / 1e9);
        long total = expected < 0 ? -1 : Math.max(expected, done);
        StringBuilder s = new StringBuilder();
        s.append(done).append(total >= 0 ? "/" + total : "").append(" articles");
        if (rate > 0)
            s.append(rate >= 1 ? String.format(Locale.ROOT, ", %.1f/s", rate) : ", " + duration(1 / rate) + " each");
        if (total >= 0 && done < total && rate > 0)
            s.append(", ").append(duration((total - done) / rate)).append(" left");
        if (failed > 0)
            s.append(", ").append(failed).append(" failed");
        return s.toString();
    }

    private String bar(long done) {
        if (expected <= 0) {
            int pos = (int) (done % BAR);
            return "[" + ".".repeat(pos) + "#" + ".".repeat(BAR - 1 - pos) + "]";
        }
        int filled = (int) Math.min(BAR, done * BAR / Math.max(expected, done));
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
    }

    /** "45 s", "3 min 5 s", "2 h 10 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60)
            return s + " s";
        if (s < 3600)
            return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
