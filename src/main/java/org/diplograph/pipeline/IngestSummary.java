package org.diplograph.pipeline;

import java.util.List;

/**
 * What an ingest did. Every article read is stored, unchanged (already stored), in another language (skipped) or
 * failed; input that yields no article at all (an unreadable file) counts as failed too. {@code problems} lists
 * one line per failure, {@code skips} one per article in another language, {@code warnings} one per article
 * stored with a warning (mostly tables or lists), each up to a limit: past it the rest are only counted
 * ({@link #unlisted}).
 *
 * @param warned         articles extracted with a warning
 * @param triplesWritten triples in the graphs written by this run
 * @param triplesInStore triples in the store afterwards, all graphs
 */
public record IngestSummary(long read, long stored, long unchanged, long otherLanguage, long failed, long warned,
                            long triplesWritten, long triplesInStore, double seconds, List<String> problems,
                            List<String> skips, List<String> warnings) {
    public IngestSummary {
        problems = List.copyOf(problems);
        skips = List.copyOf(skips);
        warnings = List.copyOf(warnings);
    }

    /** Failures counted but not listed in {@code problems}. */
    public long unlisted() {
        return Math.max(0, failed - problems.size());
    }

    public String format() {
        StringBuilder s = new StringBuilder(String.format("articles read %d, stored %d, skipped %d (unchanged), "
                + "failed %d", read, stored, unchanged, failed));
        if (otherLanguage > 0)
            s.append(String.format(", skipped %d (not English)", otherLanguage));
        if (warned > 0)
            s.append(String.format("; %d with a warning", warned));
        return s.append(String.format("; triples written %d, in store %d; %.1f s", triplesWritten, triplesInStore,
                seconds)).toString();
    }
}
