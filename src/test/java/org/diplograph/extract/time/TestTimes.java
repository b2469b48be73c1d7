package org.diplograph.extract.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.TestFixtures;
import org.diplograph.extract.nlp.NlpEngine;
import org.diplograph.extract.nlp.SelectiveTimeTagger;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.MeetingFact;
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
        assertEquals("P4D", rubio.get("the four-day"), "HeidelTime's span takes the article");
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
        // Extraction takes HeidelTime's times; SUTime's, corrected, are what evaluation measures them against.
        String text = "Prices rose on Friday, the ministry said. "
                + "A 6-year-old boy was found. The treaty was signed 41 years ago. Profits in the fourth quarter fell. "
                + "He has won once.";
        var doc = NlpEngine.shared().annotate(text, LocalDate.parse("2026-02-26"));
        Map<String, String> v = new TreeMap<>();
        for (TimeExpressions.Expression e : TimeExpressions.of(doc, TimeExpressions.Source.SUTIME))
            v.putIfAbsent(text.substring(e.begin(), e.end()), e.value());
        assertEquals("2026-02-20", v.get("Friday"), "past tense: the Friday before the Thursday article");
        assertEquals("1985", v.get("41 years ago"));
        assertEquals("2025-Q4", v.get("the fourth quarter"));
        assertTrue(!v.containsKey("6-year-old") && !v.containsKey("once"), v.toString());
    }

    @Test
    void correctionsOfHeidelTime() {
        Map<String, String> v = values(extract("The company declared a dividend, payable Dec. 7. The team planned to leave "
                + "on Thursday. Unemployment is at its lowest for two decades. The ministers met daily. "
                + "Talks will go on in the future.", "1989-10-25"));   // a Wednesday
        assertEquals("1989-12-07", v.get("Dec. 7"), "a month without a year: the nearest, not last year's");
        assertEquals("1989-10-26", v.get("Thursday"), "tomorrow rather than six days ago");
        assertEquals("P20Y", v.get("two decades"));
        assertEquals("P1D", v.get("daily"));
        assertEquals("FUTURE_REF", v.get("the future"));
    }

    @Test
    void aWeekdayTakesTheTenseOfTheVerbBesideIt() {
        Map<String, String> v = values(extract("Under the new terms of the agreement, announced Friday, holders would "
                + "receive cash. The sale is scheduled to close Monday, and the buyer would pay in full. Boeing on Tuesday "
                + "delivered the last jet it would build there. Analysts said this may change.", "1989-11-01"));   // a Wednesday
        assertEquals("1989-10-27", v.get("Friday"), "a past participle: the Friday before, whatever 'would' says: " + v);
        assertEquals("1989-11-06", v.get("Monday"), "scheduled to close: the coming Monday: " + v);
        assertEquals("1989-10-31", v.get("Tuesday"), "a past verb after the weekday: " + v);
        assertTrue(v.keySet().stream().noneMatch(k -> k.contains("may")), "the modal 'may' is no month: " + v);
    }

    @Test
    void yearsOfAccountsVagueDurationsAndUniversalTime() {
        Map<String, String> v = values(extract("Net income for the year ended March 31 rose. The envoys had not spoken "
                + "for years, and talks could resume within weeks. The plane left Toulouse on Tuesday at 18:00 UTC. "
                + "The take-off, at 08:30 UTC, was normal. In nineteen ninety-six the treaty was signed; in nineteen "
                + "eleven it was not.", "2009-12-16"));   // a Wednesday
        assertEquals("P1Y", v.get("the year"), v.toString());
        assertEquals("PXY", v.get("years"), v.toString());
        assertEquals("PXW", v.get("weeks"), v.toString());
        assertEquals("2009-12-15T18:00Z", v.get("18:00 UTC"), "the day the sentence names: " + v);
        assertEquals("2009-12-16T08:30Z", v.get("08:30 UTC"), "else the article's: " + v);
        assertEquals("1996", v.get("nineteen ninety-six"), v.toString());
        assertEquals("1911", v.get("nineteen eleven"), v.toString());
    }

    @Test
    void aRangeClosedByAYearTakesThatYear() {
        Map<String, String> v = values(extract("The President looks forward to hosting the allies in Washington July "
                + "9-11, 2024 for the summit.", "2023-06-13"));
        assertTrue(v.entrySet().stream().anyMatch(x -> x.getKey().startsWith("July 9") && x.getValue().startsWith("2024-07")),
                "the year closing the range, not the nearest July: " + v);
    }

    @Test
    void aMonthFarFromTheArticleTakesTheTenseOfTheWordBeforeIt() {
        Map<String, String> v = values(extract("The board formed a new office of the chairman, effective Feb. 1. The bank "
                + "paid 1,800 francs each for a block of shares issued July 1, which will receive only part of the dividend.",
                "1989-10-26"));
        assertEquals("1990-02-01", v.get("Feb. 1"), "effective: the coming February: " + v);
        assertEquals("1989-07-01", v.get("July 1"), "issued: the July before, whatever 'will' says: " + v);
    }

    @Test
    void relativeDatesFollowTheEventTheyAreAnchoredTo() {
        Map<String, String> v = values(extract("The ministers met in Geneva on March 3, 2025. The next day they signed "
                + "the accord. Two days later the treaty was published. Trade rose last week.", "2026-02-26"));
        assertEquals("2025-03-03", v.get("March 3, 2025"));
        assertEquals("2025-03-04", v.get("The next day"), "the day after the meeting, not after the article");
        assertEquals("2025-03-06", v.get("Two days later"));
        assertEquals("2026-W08", v.get("last week"), "the article's date anchors deictic expressions");
    }

    @Test
    void anArticleWithoutADateKeepsTheDatesTheTextDoesNotFixOpen() {
        ArticleFacts facts = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null, null,
                null, null, null, "Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva on "
                + "Tuesday. They had last met in March 2021 and talked again the following year. Russia's economy "
                + "shrank this year, and talks are planned for October.", 0));
        Map<String, String> v = values(facts);
        assertEquals("XXXX-XX-XX", v.get("Tuesday"), "no article date, no week: " + v);
        assertEquals("2021-03", v.get("March 2021"), "a date the text fixes stays");
        assertEquals("2022", v.get("the following year"), "counted from the text's date: " + v);
        assertEquals("XXXX", v.get("this year"), "counted from the unknown day of writing: " + v);
        assertEquals("XXXX-10", v.get("October"), "the month the text names, of no known year: " + v);
        for (TimeFact t : facts.times())
            if (t.span().text().equals("Tuesday"))
                assertNull(t.begin(), "an open value has no calendar range");
        MeetingFact geneva = facts.meetings().stream().filter(m -> "Geneva".equals(m.placeName())).findFirst()
                .orElseThrow(() -> new AssertionError("the Geneva meeting: " + facts.meetings()));
        assertNull(geneva.date(), "a meeting on a Tuesday of no known week stays undated, never guessed");
    }

    @Test
    void heidelTimeFindsExpressionsAfterPunctuationAndHyphens() {
        // Its rules are compiled to refuse a start inside a word; a start after a bracket, a quote, a hyphen or a
        // slash is still a start (HeidelTime's own token-boundary test accepts those).
        Map<String, String> v = values(extract("The envoy (who arrived on March 3) said talks would resume "
                + "mid-April. \"Tuesday was a good day,\" he said. The 1998/99 season and the 2010-2014 plan were "
                + "discussed.", "2018-05-02"));
        assertEquals("2018-03-03", v.get("March 3"), v.toString());
        assertTrue(v.keySet().stream().anyMatch(k -> k.contains("April")), v.toString());
        assertEquals("2018-05-01", v.get("Tuesday"), v.toString());
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

    @Test
    void aWeekdayInANewspapersTitleIsNoTime() {
        Map<String, String> v = values(extract("Border row\n\nThe Sunday Telegraph and the Mail on Sunday said on "
                + "Monday that the talks had failed.\n", "2026-03-04"));
        assertEquals(1, v.size(), v.toString());
        assertEquals("2026-03-02", v.get("Monday"), v.toString());
    }

    @Test
    void heidelTimeLeavesTheDefaultLocaleAlone() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            Map<String, String> v = values(extract("The talks resume next week.", "2026-03-01"));   // a Sunday
            assertEquals(Locale.US, Locale.getDefault(), "the user's default locale after tagging");
            assertEquals(Locale.US, Locale.getDefault(Locale.Category.FORMAT));
            assertEquals("2026-W10", v.get("next week"), "ISO weeks (from Monday) whatever the default locale: " + v);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aHolidayOfNoKnownYearIsOpenWithoutAnErrorMessage() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Map<String, String> v;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            v = values(TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null, null, null,
                    null, null, "The ministers will meet again after Easter, the spokesman said.", 0)));
        } finally {
            System.setErr(err);
        }
        assertEquals("XXXX-XX-XX", v.get("Easter"), v.toString());
        assertTrue(!captured.toString(StandardCharsets.UTF_8).contains("wrong format"), captured.toString(StandardCharsets.UTF_8));
        assertEquals("2004-04-11", values(extract("The ministers met again at Easter.", "2004-05-03"))
                .get("Easter"), "a dated article's Easter is computed");
    }
}
