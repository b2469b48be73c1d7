package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.TestFixtures;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.TimeFact;
import org.diplograph.ingest.Article;
import org.junit.jupiter.api.Test;

/** Time expressions resolved against the article's date, on the seed and on short texts. */
class TestTimes {
    private static Map<String, String> values(ArticleFacts facts) {
        Map<String, String> m = new TreeMap<>();
        for (TimeFact t : facts.times())
            m.putIfAbsent(t.span().text(), t.value());
        return m;
    }

    private static ArticleFacts extract(String text, String date) {
        return TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse(date), null, null, null, text, 0));
    }

    @Test
    void seedDatesResolveAgainstTheArticleDate() {
        Map<String, String> pakistan = values(TestFixtures.seedFacts().get(0)); // 2018-05-02
        assertEquals("2018-03-14", pakistan.get("March 14"));
        assertEquals("2018-04", pakistan.get("April"));
        assertEquals("2018-05-01", pakistan.get("May 1, 2018"));
        assertEquals("2018-05-01", pakistan.get("Tuesday"));
        Map<String, String> rubio = values(TestFixtures.seedFacts().get(1)); // Thursday 2026-02-26
        assertEquals("2026-02-25", rubio.get("Wednesday"));
        assertEquals("2026-01", rubio.get("last month"));
        assertEquals("2026-W01", rubio.get("eight weeks ago"), "the week of 1 January 2026");
        assertEquals("2026-01-03", rubio.get("Jan. 3"));
        assertEquals("P4D", rubio.get("four-day"));
    }

    @Test
    void timesCarryTheirCalendarRange() {
        TimeFact wednesday = TestFixtures.seedFacts().get(1).times().stream()
                .filter(t -> t.span().text().equals("Wednesday")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 25), wednesday.begin());
        assertEquals(LocalDate.of(2026, 2, 25), wednesday.end());
        assertArrayEquals(new LocalDate[] {LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)},
                TimeStage.rangeOf("2026-W01"));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31)},
                TimeStage.rangeOf("2018-Q4"));
        assertEquals(LocalDate.of(2026, 2, 24), TimeStage.rangeOf("2026-02-24TNI")[0]);
        assertNull(TimeStage.rangeOf("P8W"));
        assertNull(TimeStage.rangeOf("PRESENT_REF"));
    }

    @Test
    void correctionsOfSutime() {
        Map<String, String> v = values(extract("Prices rose on Friday, the ministry said. "
                + "A 6-year-old boy was found. The treaty was signed 41 years ago. Profits in the fourth quarter fell. "
                + "He has won once.", "2026-02-26"));
        assertEquals("2026-02-20", v.get("Friday"), "past tense: the Friday before the Thursday article");
        assertEquals("1985", v.get("41 years ago"));
        assertEquals("2025-Q4", v.get("the fourth quarter"));
        assertTrue(!v.containsKey("6-year-old") && !v.containsKey("once"), v.toString());
    }
}
