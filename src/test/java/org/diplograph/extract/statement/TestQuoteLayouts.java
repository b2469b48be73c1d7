package org.diplograph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.TestFixtures;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.StatementFact;
import org.diplograph.ingest.Article;
import org.junit.jupiter.api.Test;

/** Quote layouts the tokenizer and sentence splitter make awkward, on sentences written for the test. */
class TestQuoteLayouts {
    private static List<StatementFact> statements(String text) {
        ArticleFacts facts = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, text, 0));
        return facts.statements();
    }

    /**
     * A straight closing mark after a full stop, with more text in the paragraph: the tokenizer reads the mark as
     * an opening one and the splitter starts the next sentence with it. The quote is still one direct statement
     * of its speaker, not reported speech cut at its first full stop.
     */
    @Test
    void aMultiSentenceQuoteEndingBeforeMoreTextIsDirect() {
        List<StatementFact> found = statements("Border talks stall\n\nForeign Minister Ana Lopez said: \"We think the "
                + "border talks are in serious trouble. Both sides have stopped listening.\" The next round is due in May.\n");
        assertEquals(1, found.size(), found.toString());
        StatementFact s = found.get(0);
        assertTrue(s.direct(), s.toString());
        assertEquals("We think the border talks are in serious trouble. Both sides have stopped listening.", s.text());
        assertEquals("Ana Lopez", s.speaker().name());
    }
}
