package org.diplograph.extract.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.TestFixtures;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.StatementFact;
import org.junit.jupiter.api.Test;

/** Quote layouts the tokenizer and sentence splitter make awkward, on sentences written for the test. */
class TestQuoteLayouts {
    private static List<StatementFact> statements(String text) {
        return statements(text, LocalDate.parse("2026-03-04"));
    }

    private static List<StatementFact> statements(String text, LocalDate published) {
        ArticleFacts facts = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                published, null, null, null, text, 0));
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

    /** "“…” And continued: “…”": the second sentence introduces the second quote; both quotes are the minister's. */
    @Test
    void aColonSentenceBetweenQuotesIntroducesTheNextOne() {
        List<StatementFact> found = statements("Ports deal\n\nTrade Minister Ravi Mehta insisted: \"We have a strong "
                + "record of fair deals with our neighbours.\" And continued: \"The ports agreement will be signed "
                + "this spring. We expect no delay.\" The opposition called the deal rushed.\n");
        List<StatementFact> direct = found.stream().filter(StatementFact::direct).toList();
        assertEquals(2, direct.size(), found.toString());
        for (StatementFact s : direct)
            assertEquals("Ravi Mehta", s.speaker() == null ? null : s.speaker().name(), s.toString());
        assertTrue(direct.get(0).text().startsWith("We have a strong record"), direct.toString());
    }

    /** A conjunction opening the sentence leaves the subject as plain as without it. */
    @Test
    void aSentenceOpeningConjunctionKeepsTheSubjectPlain() {
        List<StatementFact> found = statements("Talks resume\n\nThe talks collapsed in March. But Foreign Minister "
                + "Ana Lopez said the two sides would meet again in Geneva next week.\n");
        assertEquals(1, found.size(), found.toString());
        StatementFact s = found.get(0);
        assertEquals("Ana Lopez", s.speaker().name());
        assertEquals("the two sides would meet again in Geneva next week", s.text());
        assertEquals("statements/reported/word-order", s.provenance().step(), "read from the words, no parse needed");
    }

    /** "Today" in a programme's name is no time word: the hearer is the programme, the statement what follows. */
    @Test
    void aTimeWordInsideANameIsPartOfTheHearer() {
        List<StatementFact> found = statements("Border row\n\nThe minister told BBC Radio 4's Today programme that "
                + "the border would reopen once both sides agreed.\n");
        assertEquals(1, found.size(), found.toString());
        assertEquals("the border would reopen once both sides agreed", found.get(0).text());
    }

    /** A weekday stays a time word; a pronoun after the hearer starts the statement. */
    @Test
    void theHearerEndsBeforeAWeekdayOrAPronoun() {
        List<StatementFact> found = statements("Border row\n\nThe minister told reporters on Tuesday calm had "
                + "returned to the border. The envoy told the BBC's Today programme he expected talks within days.\n");
        assertEquals(List.of("calm had returned to the border", "he expected talks within days"),
                found.stream().map(StatementFact::text).toList(), found.toString());
    }

    /** "on" is part of a time only before one; "last week" is a time even where the article has no date. */
    @Test
    void onlyTimesAreSkippedBeforeTheStatement() {
        List<StatementFact> found = statements("Protest\n\nThe police said on Twitter that protesters had walked onto "
                + "the motorway. The minister insisted last week the border would stay open. Opposition leader Ana "
                + "Lopez called on the government to reopen the talks. The envoy said in that case the talks would "
                + "fail.\n", null);
        assertEquals(List.of("protesters had walked onto the motorway", "the border would stay open",
                        "the government to reopen the talks", "the talks would fail"),
                found.stream().map(StatementFact::text).toList(), found.toString());
    }

    /**
     * A quote that ends its own sentence with a full stop, followed by a sentence that goes on past its cue: that
     * sentence is no attribution, so the colon before the quote introduces it. A pronoun after an unnamed subject
     * ("a spokeswoman") is that subject, not a person named further back.
     */
    @Test
    void aNewSentenceAfterAFinishedQuoteIsNoAttribution() {
        List<StatementFact> found = statements("Ports\n\nPort director Ana Lopez said exports had doubled. A ministry "
                + "spokeswoman said the terminal was on time. She said: \"We keep to the plan. We expect no delay.\" "
                + "Economist Ravi Mehta said the forecast was cautious.\n");
        StatementFact quote = found.stream().filter(StatementFact::direct).findFirst().orElseThrow();
        assertEquals("We keep to the plan. We expect no delay.", quote.text(), found.toString());
        assertEquals("ministry spokeswoman", quote.speaker().name(), found.toString());
    }

    /** "“… exports.” Director Lopez said.": a full stop for a comma, and a cue that ends the sentence. */
    @Test
    void anAttributionAfterAFullStopThatEndsItsSentence() {
        List<StatementFact> found = statements("Ports\n\nThe director spoke at the opening. \u201cThe terminal will "
                + "double our exports.\u201d Director Ana Lopez said. The ceremony ended at noon.\n");
        StatementFact quote = found.stream().filter(StatementFact::direct).findFirst().orElseThrow();
        assertEquals("Ana Lopez", quote.speaker().name(), found.toString());
    }

    /**
     * A quote that is a sentence of its own, with no attribution, goes on from the last speaker when that speaker
     * spoke right before it, in its paragraph or at the end of the one before; not after a sentence without one.
     */
    @Test
    void anUnattributedQuoteIsTheLastSpeakers() {
        List<StatementFact> found = statements("Ports\n\nTrade Minister Ravi Mehta said the new terminal would open "
                + "in May.\n\n\"It will double our exports within five years.\"\n\nThe terminal cost $2bn to build. "
                + "\"Nobody expected it to be finished on time.\"\n");
        StatementFact carried = found.stream().filter(s -> s.text().startsWith("It will double")).findFirst().orElseThrow();
        assertEquals("Ravi Mehta", carried.speaker() == null ? null : carried.speaker().name(), found.toString());
        assertEquals("statements/quote/carried-over", carried.provenance().step());
        StatementFact alone = found.stream().filter(s -> s.text().startsWith("Nobody")).findFirst().orElseThrow();
        assertEquals(null, alone.speaker(), found.toString());
    }

    /** "“…,” the agency quoted X as saying": the one quoted speaks, not the agency. */
    @Test
    void theOneQuotedAsSayingSpeaks() {
        List<StatementFact> found = statements("Ports\n\n\"We are proud of the new terminal,\" the agency quoted "
                + "port worker Ana Lopez as saying.\n");
        assertEquals("Ana Lopez", found.get(0).speaker().name(), found.toString());
    }

    @Test
    void aQuoteWhoseSentencesEachOpenWithAMarkIsOneQuote() {
        // the BBC convention: "S1. "S2. S3," he said. — the marks opening S2 and S3 open no quote of their own
        List<StatementFact> found = statements("Border talks stall\n\nForeign Minister Ana Lopez said the talks "
                + "would go on. \"A clear division is emerging. \"The ports are closed, the 'reforms' stalled,\" she "
                + "said. She said the two sides would meet again in Geneva.\n");
        assertEquals(3, found.size(), found.toString());
        StatementFact quote = found.get(1);
        assertTrue(quote.direct(), found.toString());
        assertTrue(quote.text().startsWith("A clear division") && quote.text().contains("'reforms' stalled"),
                quote.text());
        assertEquals("Ana Lopez", quote.speaker().name(), found.toString());
        assertEquals("the two sides would meet again in Geneva", found.get(2).text(), found.toString());
        assertEquals("Ana Lopez", found.get(2).speaker().name(), found.toString());
    }
}
