package org.diplograph.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A document with gold TIMEX3 annotations: its plain text, its creation date (the date relative expressions
 * resolve against), the gold expressions, and the stretch {@code [scoredBegin, scoredEnd)} of text that was
 * annotated (MEANTIME annotates only the first sentences) minus the creation-time expression itself.
 */
public record TimexDocument(String name, String text, LocalDate creationDate, List<Gold> gold, int scoredBegin,
                            int scoredEnd, int dctBegin, int dctEnd) {
    /** A gold TIMEX3 over {@code [begin, end)} of {@link #text}. */
    public record Gold(int begin, int end, String type, String value) {
    }

    public TimexDocument {
        gold = List.copyOf(gold);
    }

    /** Whether a system expression at {@code [begin, end)} falls where the gold annotation is complete. */
    public boolean scored(int begin, int end) {
        boolean inDct = begin < dctEnd && dctBegin < end;
        return begin >= scoredBegin && begin < scoredEnd && !inDct;
    }
}
