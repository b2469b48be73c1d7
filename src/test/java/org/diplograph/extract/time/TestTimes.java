package org.diplograph.extract.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.TestFixtures;
import org.diplograph.extract.nlp.SelectiveTimeTagger;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.TimeFact;
import org.diplograph.facts.Timex;
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
                Timex.rangeOf("2026-W01"));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31)},
                Timex.rangeOf("2018-Q4"));
        assertEquals(LocalDate.of(2026, 2, 24), Timex.rangeOf("2026-02-24TNI")[0]);
        assertNull(Timex.rangeOf("P8W"));
        assertNull(Timex.rangeOf("PRESENT_REF"));
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

    @Test
    void sutimeSeesTheWordsAroundEachTrigger() {
        List<edu.stanford.nlp.ling.CoreLabel> tokens = new java.util.ArrayList<>();
        String sentence = "The two ministers , who had not met since the summit in the Gulf , said on Wednesday that talks "
                + "would resume in the third-quarter , with observers from both of the neighbouring states and as "
                + "early as next month , in Geneva .";
        for (String w : sentence.split(" ")) {
            edu.stanford.nlp.ling.CoreLabel label = new edu.stanford.nlp.ling.CoreLabel();
            label.setWord(w);
            tokens.add(label);
        }
        List<int[]> windows = SelectiveTimeTagger.windows(tokens);
        List<String> words = List.of(sentence.split(" "));
        int wednesday = words.indexOf("Wednesday"), quarter = words.indexOf("third-quarter"), month = words.indexOf("month");
        assertEquals(2, windows.size(), "Wednesday and third-quarter share a window, month has its own");
        assertArrayEquals(new int[] {wednesday - SelectiveTimeTagger.CONTEXT, quarter + SelectiveTimeTagger.CONTEXT + 1},
                windows.get(0));
        assertArrayEquals(new int[] {month - SelectiveTimeTagger.CONTEXT, tokens.size()}, windows.get(1));
        assertTrue(SelectiveTimeTagger.windows(tokens.subList(0, 10)).isEmpty(), "no trigger, no SUTime");
    }

    @Test
    void timesFarIntoALongSentenceKeepTheirOffsets() {
        String text = "After a long night of talks in the capital between the two delegations, which had not met "
                + "since the ceasefire collapsed and the border was closed to trade, the foreign ministers agreed on "
                + "Tuesday to meet again in Geneva next month.";
        ArticleFacts facts = extract(text, "2026-02-26");
        Map<String, String> v = values(facts);
        assertEquals("2026-02-24", v.get("Tuesday"));
        assertEquals("2026-03", v.get("next month"));
        for (TimeFact t : facts.times())
            assertEquals(t.span().text(), text.substring(t.span().begin(), t.span().end()));
    }
}
