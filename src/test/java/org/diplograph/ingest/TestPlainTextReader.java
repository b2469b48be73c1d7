package org.diplograph.ingest;

import org.diplograph.facts.Article;

import static org.diplograph.ingest.Fixtures.assertOffsetsIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TestPlainTextReader {
    private static List<Article> read(String document) {
        CollectingSink sink = new CollectingSink();
        PlainTextReader.read(document, "doc.txt", sink);
        assertEquals(List.of(), sink.problems);
        sink.articles.forEach(a -> assertOffsetsIndex(document, a));
        return sink.articles;
    }

    @Test
    void seedPageCopyHoldsTwoArticles() throws IOException {
        String doc = Files.readString(Fixtures.projectDir().resolve("data/articles/arabnews-seed.txt"));
        List<Article> articles = read(doc);
        assertEquals(2, articles.size());

        Article first = articles.get(0);
        assertEquals("Pakistan, Russia look at \u2018multidimensional strategic partnership\u2019 in region", first.title());
        assertEquals(LocalDate.of(2018, 5, 2), first.published());
        assertEquals("ISLAMABAD", first.dateline());
        assertEquals("article 1", first.location());
        assertEquals(0, first.offset());
        assertTrue(first.text().endsWith("said Shoaib."), "first article ends before the second's title");

        Article second = articles.get(1);
        assertEquals("Rubio defends US ouster of Venezuela\u2019s Maduro to Caribbean leaders unsettled by Trump policies",
                second.title());
        assertEquals(LocalDate.of(2026, 2, 26), second.published());
        assertEquals("BASSETERRE, St. Kitts and Nevis", second.dateline());
        assertEquals("article 2", second.location());
        assertEquals(second.titleSpan().begin(), second.offset());
        assertTrue(doc.endsWith(second.text().substring(second.text().length() - 40)));
    }

    @Test
    void boundariesComeFromLayoutNotFromWords() {
        String doc = Fixtures.resource("page-copy.txt");
        List<Article> articles = read(doc);
        assertEquals(2, articles.size(), "a date line inside a body starts no article");

        Article chile = articles.get(0);
        assertEquals("Chile and Norway sign a fisheries research accord", chile.title());
        assertEquals(LocalDate.of(2024, 3, 3), chile.published());
        assertEquals("SANTIAGO", chile.dateline());
        assertEquals(doc.indexOf("Chile and Norway"), chile.offset(), "page navigation belongs to no article");
        assertTrue(chile.text().endsWith("not a new article."));

        Article kenya = articles.get(1);
        assertEquals("Kenya hosts regional talks on river water sharing", kenya.title());
        assertEquals(LocalDate.of(2024, 3, 5), kenya.published());
        assertNull(kenya.dateline());
    }

    @Test
    void singleArticleWithoutDate() {
        Article a = read("\n\nTrade envoys meet in Geneva\n\nThe envoys of two countries met on Monday.\n\n\n").get(0);
        assertEquals("Trade envoys meet in Geneva", a.title());
        assertEquals("", a.location());
        assertNull(a.published());
        assertNull(a.dateline());
        assertEquals(2, a.offset());
        assertEquals("Trade envoys meet in Geneva\n\nThe envoys of two countries met on Monday.", a.text());
    }

    @Test
    void leadingDateLineBelowTheTitle() {
        String doc = Fixtures.resource("single-dated.txt");
        Article a = read(doc).get(0);
        assertEquals("Portugal opens a consulate in Recife", a.title());
        assertEquals(LocalDate.of(2024, 3, 1), a.published());
        assertEquals("LISBON", a.dateline());
        assertEquals(1, a.offset());
    }

    @Test
    void leadingDateLineAboveTheTitle() {
        Article a = read("March 3, 2024\nSpain recalls its ambassador\n\nMADRID \u2014 Spain recalled its envoy.").get(0);
        assertEquals("Spain recalls its ambassador", a.title());
        assertEquals(LocalDate.of(2024, 3, 3), a.published());
        assertEquals("MADRID", a.dateline());
        assertEquals(0, a.offset(), "the date line is part of the article's region");
    }

    @Test
    void crlfLineEnds() {
        String doc = "Austria and Slovenia open a rail tunnel\r\nUpdated 12 June 2024\r\nFollow\r\n\r\n"
                + "VIENNA: The two countries opened a tunnel under the Karawanks.\r\n\r\n";
        Article a = read(doc).get(0);
        assertEquals("Austria and Slovenia open a rail tunnel", a.title());
        assertEquals(LocalDate.of(2024, 6, 12), a.published());
        assertEquals("VIENNA", a.dateline());
        assertTrue(a.text().endsWith("Karawanks."), "trailing blank CRLF lines trimmed");
    }

    @Test
    void titleDateUrlHeaderGivesTheUrl() {
        String doc = Fixtures.resource("release-title-date-url.txt");
        Article a = read(doc).get(0);
        assertEquals("Secretary Blinken\u2019s Call with Polish Foreign Minister Rau", a.title());
        assertEquals(LocalDate.of(2021, 6, 18), a.published());
        String url = "https://www.state.gov/secretary-blinkens-call-with-polish-foreign-minister-rau-2/";
        assertEquals(url, a.url());
        assertEquals(url, a.source(), "the URL names the article");
        assertTrue(a.text().contains(url), "the header stays in the text, so offsets index the file");
        assertNull(a.dateline());
    }

    @Test
    void urlInsideTheBodyIsNotTheArticles() {
        Article a = read("Visa rules change\n2024-03-01\n\nSee https://example.org/visas for the rules.\n"
                + "https://example.org/visas\n").get(0);
        assertNull(a.url());
        assertEquals("doc.txt", a.source());
    }
}
