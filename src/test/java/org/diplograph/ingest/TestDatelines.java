package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplograph.facts.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestDatelines {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ISLAMABAD: Officials met. | ISLAMABAD",
            "BASSETERRE, St. Kitts and Nevis: Leaders met. | BASSETERRE, St. Kitts and Nevis",
            "NEW YORK (Reuters) - Diplomats met. | NEW YORK",
            "WASHINGTON \u2014 Envoys met. | WASHINGTON",
            "  \n  SÃO PAULO: Ministers met. | SÃO PAULO"})
    void found(String text, String place) {
        Span span = Datelines.find(text, 0).orElseThrow();
        assertEquals(place, span.text());
        assertEquals(place, text.substring(span.begin(), span.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US Secretary of State Marco Polo said: hello", "Islamabad: lower case",
            "The minister said: no", "A: one letter"})
    void notFound(String text) {
        assertTrue(Datelines.find(text, 0).isEmpty(), text);
    }
}
