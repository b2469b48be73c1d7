package org.diplograph.ingest;

import org.diplograph.facts.Article;

import static org.diplograph.ingest.Fixtures.assertOffsetsIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TestHtmlReader {
    private static CollectingSink read(String html) {
        CollectingSink sink = new CollectingSink();
        HtmlReader.read(html, "page.html", sink);
        sink.articles.forEach(a -> assertOffsetsIndex(a.text(), a));
        return sink;
    }

    @Test
    void jsonLdInAGraphWinsOverOpenGraph() {
        Article a = read(Fixtures.resource("news-jsonld.html")).only();
        assertEquals("Malta and Tunisia agree on a new ferry link", a.title());
        assertEquals(LocalDate.of(2024, 5, 14), a.published(), "the day as the publisher wrote it");
        assertEquals("Example Herald", a.publisher());
        assertEquals("https://herald.example.com/2024/05/malta-tunisia-ferry", a.url());
        assertEquals(a.url(), a.source());
        assertEquals("page.html", a.path());
        assertEquals("VALLETTA, Malta", a.dateline());
        assertEquals(0, a.offset());
        assertNull(a.titleSpan(), "the headline is not part of the body");
        assertEquals("VALLETTA, Malta: Malta and Tunisia agreed on Tuesday to open a weekly ferry link between their capitals."
                + "\n\nThe transport ministers of both countries said the first crossing would sail in the autumn."
                + "\n\nTourism and trade"
                + "\n\nBusiness groups on both sides welcomed the plan, saying it would help small exporters.", a.text());
    }

    @Test
    void openGraphOnlyAndParagraphsSpreadOverDivs() {
        Article a = read(Fixtures.resource("news-opengraph.html")).only();
        assertEquals("Vietnam and the Philippines hold coast guard talks", a.title());
        assertEquals(LocalDate.of(2024, 6, 20), a.published());
        assertEquals("Example Daily", a.publisher());
        assertEquals("https://daily.example.net/asia/coast-guard-talks", a.url());
        assertEquals("HANOI", a.dateline());
        assertTrue(a.text().endsWith("friendly and practical."));
        assertFalse(a.text().contains("Weather") || a.text().contains("Menu"), a.text());
        assertEquals(3, a.text().split("\n\n").length);
    }

    @Test
    void plainMetaTagsTitleAndCanonicalLink() {
        String html = "<html><head><title>Estonia and Finland plan a ferry tunnel</title>"
                + "<meta name=\"date\" content=\"2024-02-29\"><meta name=\"publisher\" content=\"Baltic Example\">"
                + "<link rel=\"canonical\" href=\"https://baltic.example.com/tunnel\"></head>"
                + "<body><p>Estonia and Finland plan a ferry tunnel</p><p>Officials met in Tallinn.</p></body></html>";
        Article a = read(html).only();
        assertEquals("Estonia and Finland plan a ferry tunnel", a.title());
        assertEquals(LocalDate.of(2024, 2, 29), a.published());
        assertEquals("Baltic Example", a.publisher());
        assertEquals("https://baltic.example.com/tunnel", a.url());
        assertEquals(0, a.titleSpan().begin(), "the body opens with the title here");
    }

    @Test
    void pageWithoutBodyIsAProblem() {
        assertEquals("no article text found", read(Fixtures.resource("no-body.html")).onlyProblem().message());
        assertEquals("no article text found", read("<html><head><title>x</title></head></html>").onlyProblem().message());
    }

    @Test
    void truncatedHtmlStillGivesWhatIsThere() {
        Article a = read(Fixtures.resource("truncated.html")).only();
        assertEquals("Peru and Bolivia discuss a lake clean-up", a.title());
        assertEquals(LocalDate.of(2024, 7, 8), a.published());
        assertEquals("LA PAZ", a.dateline());
        assertTrue(a.text().endsWith("map the worst polluted bays first, start"), a.text());
    }

    @Test
    void deeplyNestedHtmlAndBrokenJsonLdDoNotCrash() {
        String html = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<div>".repeat(20_000) + "<p>A paragraph buried deep in the page.</p>" + "</div>".repeat(20_000);
        CollectingSink sink = read(html);
        assertEquals(1, sink.articles.size() + sink.problems.size());
        String deepJson = "<script type=\"application/ld+json\">" + "[".repeat(5000) + "</script><p>Text.</p>";
        assertEquals("Text.", read(deepJson).only().text());
    }
}
