package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestPublicationDates {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Updated 02 May 2018 | 2018-05-02",
            "Published: 2024-03-01 | 2024-03-01",
            "March 3, 2024 | 2024-03-03",
            "Posted Sept. 9th, 2023 | 2023-09-09",
            "Wed 26 February 2026 10:14 GMT | 2026-02-26",
            "Last updated on 1 Jan 2025 at 09:00 | 2025-01-01",
            "2024-03-01T23:30:00-04:00 | 2024-03-01"})
    void dateLines(String line, LocalDate expected) {
        assertEquals(expected, PublicationDates.parseLine(line).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Follow", "The talks ended on 3 March 2024.", "31 February 2024", "3 Marchy 2024",
            "Updated yesterday"})
    void notDateLines(String line) {
        assertTrue(PublicationDates.parseLine(line).isEmpty(), line);
    }

    @ParameterizedTest
    @CsvSource({"2024-04-02, 2024-04-02", "2024-04-02T09:30:00Z, 2024-04-02",
            "2024-06-20T07:00:00.000+0700, 2024-06-20"})
    void iso(String value, LocalDate expected) {
        assertEquals(expected, PublicationDates.parseIso(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"last Tuesday", "02/04/2024", "2024-13-01", ""})
    void notIso(String value) {
        assertNull(PublicationDates.parseIso(value));
    }
}
