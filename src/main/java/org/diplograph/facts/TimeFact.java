package org.diplograph.facts;

import java.time.LocalDate;

/**
 * A time expression resolved against the article's date.
 *
 * @param value TIMEX3-style value at the precision the text gives: {@code 2018-03-14}, {@code 2018-04},
 *              {@code 2026}, {@code 2026-W09}
 * @param begin first day covered, or null when the value is not a calendar date range
 * @param end   last day covered (inclusive), or null
 */
public record TimeFact(String value, LocalDate begin, LocalDate end, Provenance provenance) {
    public Span span() {
        return provenance.evidence();
    }
}
