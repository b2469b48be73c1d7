package org.diplograph.pipeline;

import java.util.List;

/**
 * What an ingest did. {@code problems} lists one line per input or article that failed, up to a limit: when
 * {@code failed} is larger, the rest were only counted ({@link #unlisted}).
 *
 * @param triplesWritten triples in the graphs written by this run
 * @param triplesInStore triples in the store afterwards, all graphs
 */
public record IngestSummary(long read, long stored, long skipped, long failed, long triplesWritten,
                            long triplesInStore, double seconds, List<String> problems) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }

    /** Failures counted but not listed in {@code problems}. */
    public long unlisted() {
        return Math.max(0, failed - problems.size());
    }

    public String format() {
        return String.format("articles read %d, stored %d, skipped %d (unchanged), failed %d; triples written %d, "
                + "in store %d; %.1f s", read, stored, skipped, failed, triplesWritten, triplesInStore, seconds);
    }
}
