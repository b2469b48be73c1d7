package org.diplograph.extract.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.TestFixtures;
import org.diplograph.facts.Article;
import org.diplograph.facts.StatementFact;
import org.junit.jupiter.api.Test;

/**
 * Reported speech whose speaker and statement the word order settles, without a dependency parse: the layouts of
 * news that are frequent enough to be worth reading from the words (a parse costs more than the rest of the stage).
 * Each test names the layout; the sentences are written for the test.
 */
class TestWordOrderSpeech {
    private static StatementFact only(String sentence) {
        List<StatementFact> found = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, "Border row\n\n" + sentence + "\n", 0)).statements();
        assertEquals(1, found.size(), found.toString());
        StatementFact s = found.get(0);
        assertNotNull(s.speaker(), s.toString());
        assertEquals("statements/reported/word-order", s.provenance().step(), s.toString());
        return s;
    }

    private static void check(String sentence, String speaker, String statement) {
        StatementFact s = only(sentence);
        assertEquals(speaker, s.speaker().name(), s.toString());
        assertEquals(statement, s.text(), s.toString());
    }

    @Test
    void aSubjectAfterAClauseBoundary() {
        check("The markets fell sharply after Finance Minister Ana Lopez said the budget would miss its target.",
                "Ana Lopez", "the budget would miss its target");
        check("Exports recovered in May, and Trade Minister Ravi Mehta said the new ports deal had helped.",
                "Ravi Mehta", "the new ports deal had helped");
    }

    @Test
    void aRelativeClauseBetweenSubjectAndCue() {
        check("Ana Lopez, who led the talks for three years, said the border would reopen in the spring.",
                "Ana Lopez", "the border would reopen in the spring");
        check("Ravi Mehta, speaking on a visit to the port, said exports had doubled since the deal.",
                "Ravi Mehta", "exports had doubled since the deal");
    }

    @Test
    void anAdverbInsideThePerfect() {
        check("Foreign Minister Ana Lopez has always insisted that the border talks were never in danger.",
                "Ana Lopez", "the border talks were never in danger");
    }

    @Test
    void aModalBeforeTheCue() {
        check("Prime Minister Ravi Mehta will tell the conference that the ports deal is only the start.",
                "Ravi Mehta", "the ports deal is only the start");
    }

    @Test
    void aTimeBetweenSubjectAndCue() {
        check("Foreign Minister Ana Lopez on Tuesday said the two sides would meet again in Geneva.",
                "Ana Lopez", "the two sides would meet again in Geneva");
    }

    @Test
    void aSecondCueAfterBut() {
        List<StatementFact> found = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, "Border row\n\nForeign Minister Ana Lopez declined "
                + "to give a date, but said the border would reopen once both sides agreed.\n", 0)).statements();
        assertEquals(1, found.size(), found.toString());
        assertEquals("Ana Lopez", found.get(0).speaker().name(), found.toString());
        assertEquals("the border would reopen once both sides agreed", found.get(0).text());
    }
    @Test
    void aClauseAfterThatMayOpenWithAnything() {
        check("Foreign Minister Ana Lopez said that, given the delays, the border would stay closed.",
                "Ana Lopez", "given the delays, the border would stay closed");
        check("Trade Minister Ravi Mehta argued that raising tariffs would hurt both countries.",
                "Ravi Mehta", "raising tariffs would hurt both countries");
    }

    @Test
    void theHearerIsOneNounPhrase() {
        check("Foreign Minister Ana Lopez told reporters the border would reopen in May.",
                "Ana Lopez", "the border would reopen in May");
    }

    @Test
    void aSpokespersonForSomeone() {
        check("A spokesman for the Foreign Ministry said the envoy had been recalled for talks.",
                "Foreign Ministry", "the envoy had been recalled for talks");
    }

    @Test
    void aParticipleSharesTheSubjectOfItsSentence() {
        List<StatementFact> found = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, "Border row\n\nForeign Minister Ana Lopez left "
                + "the talks early, saying the proposal would leave the border closed for years.\n", 0)).statements();
        assertEquals(1, found.size(), found.toString());
        assertEquals("Ana Lopez", found.get(0).speaker().name(), found.toString());
        assertEquals("the proposal would leave the border closed for years", found.get(0).text());
        assertEquals("statements/reported/participle", found.get(0).provenance().step());
    }
    @Test
    void aNameSuffixAfterACommaEndsTheName() {
        check("President Ravi Mehta, Jr. said the ports deal would be signed in May.", "Ravi Mehta",
                "the ports deal would be signed in May");
    }
    @Test
    void aRelativeWhoStandsForTheNamedPersonBeforeIt() {
        List<StatementFact> found = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, "Border row\n\nThe plan was backed by Trade Minister "
                + "Ravi Mehta, who said the new ports would open in May.\n", 0)).statements();
        assertEquals(1, found.size(), found.toString());
        assertEquals("Ravi Mehta", found.get(0).speaker().name(), found.toString());
        assertEquals("the new ports would open in May", found.get(0).text());
    }
    @Test
    void anAcronymInParenthesesAfterTheSpeaker() {
        check("Exports fell by 2% in March, the Federal Statistics Office (FSO) said.", "Federal Statistics Office",
                "Exports fell by 2% in March");
    }

    @Test
    void aSubjectWithAPrepositionalPhraseAfterItsHead() {
        check("Officials in Lagos state said on Monday that the new port would open in June.", "Officials",
                "the new port would open in June");
        check("Diplomats familiar with the talks said that both sides had dropped their demands.", "Diplomats",
                "both sides had dropped their demands");
    }

    @Test
    void aTitleTheTaggerSplitsStillOpensTheSubject() {
        check("Port Authority chairman Jan Kowalski said the new terminal would double exports.", "Jan Kowalski",
                "the new terminal would double exports");
        check("But the agency's managing director Ana Lopez has said the budget was too small.", "Ana Lopez",
                "the budget was too small");
        check("Meanwhile, Lisbon-based firm Atlantic Shipping said it had won the ports contract.", "Atlantic Shipping",
                "it had won the ports contract");
    }

    @Test
    void twoAsidesBeforeTheCue() {
        check("Mr Mehta, 71, who has led the ports agency since 2019, said the new terminal was years late.",
                "Mehta", "the new terminal was years late");
    }

    @Test
    void aRoleThenTheNameOfItsHolder() {
        check("The head of the state-owned ports agency, Ravi Mehta, said the terminal would open in May.",
                "Ravi Mehta", "the terminal would open in May");
    }

    @Test
    void aPrepositionalPhraseOpensTheSentenceWithoutAComma() {
        check("In her first speech the new foreign minister said the border would reopen.", "new foreign minister",
                "the border would reopen");
    }

    @Test
    void aTimeWordThatIsTheSubjectOfTheClause() {
        check("Ana Lopez said the minutes showed a split on the committee.", "Ana Lopez",
                "the minutes showed a split on the committee");
    }

    @Test
    void aSecondCueEndsTheFirstStatement() {
        List<StatementFact> found = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, "Border row\n\nForeign Minister Ana Lopez said the "
                + "border would reopen in May but on Friday said the date could slip.\n", 0)).statements();
        assertEquals(2, found.size(), found.toString());
        assertEquals("the border would reopen in May", found.get(0).text());
        assertEquals("the date could slip", found.get(1).text());
        assertEquals("Ana Lopez", found.get(1).speaker().name(), found.toString());
    }

    @Test
    void anUnnamedSpokespersonSpeaksForTheBodyNamedBeforeIt() {
        check("The Foreign Ministry's chief spokesman on Friday said the envoy would return.", "Foreign Ministry",
                "the envoy would return");
    }

    private static List<StatementFact> statements(String text) {
        return TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, "Border row\n\n" + text + "\n", 0)).statements();
    }

    @Test
    void aTitleWithoutANameIsItsOneHolderInTheArticle() {
        List<StatementFact> found = statements("Finance Minister Ana Lopez and Deputy Finance Minister Ravi Mehta "
                + "met the bankers on Monday. The finance minister said the budget would be cut.");
        StatementFact s = found.get(found.size() - 1);
        assertEquals("the budget would be cut", s.text(), found.toString());
        assertEquals("Ana Lopez", s.speaker().name(), "not the deputy: " + found);
    }

    @Test
    void theReportIsItsAuthorsWhenAnEarlierMentionNamesThem() {
        List<StatementFact> found = statements("The World Bank published a report on the ports on Monday. "
                + "The report said the new terminal would double exports.");
        StatementFact s = found.get(found.size() - 1);
        assertEquals("the new terminal would double exports", s.text(), found.toString());
        assertEquals("World Bank", s.speaker().name(), found.toString());
    }

    @Test
    void anAsPhraseAfterTheObjectIsPartOfWhatWasSaid() {
        List<StatementFact> found = statements("Foreign Minister Ana Lopez condemned the missile launch as a threat "
                + "to the whole region.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("the missile launch as a threat to the whole region", found.get(0).text());
    }

    @Test
    void committedToIsAPledgeAndAnAcronymSpeaks() {
        List<StatementFact> found = statements("The UAE and Chile committed to expanding cooperation on ports and "
                + "shipping.");
        assertEquals(2, found.size(), found.toString());
        assertEquals("to expanding cooperation on ports and shipping", found.get(0).text());
        assertTrue(statements("The soldiers committed atrocities in the border towns.").isEmpty());
    }

    @Test
    void anAttributionSetOffByCommasInsideItsStatement() {
        List<StatementFact> found = statements("The new terminal, said Mr Mehta, would double exports by 2030.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Mehta", found.get(0).speaker().name(), found.toString());
        assertEquals("statements/reported/parenthetical", found.get(0).provenance().step());
        found = statements("The forecast is cautious, port director Ana Lopez told reporters, and could rise in May.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Ana Lopez", found.get(0).speaker().name(), found.toString());
        assertEquals("The forecast is cautious and could rise in May", found.get(0).text(), found.toString());
        // an apposition after the speaker is no second piece of the statement
        check("Exports will double, says Ravi Mehta, an economist at the ports agency.", "Ravi Mehta",
                "Exports will double");
    }

    @Test
    void anInvertedSpeakerWithAPlaceOrBody() {
        check("Exports will double by 2030, say economists at the Atlantic Ports Agency.", "economists",
                "Exports will double by 2030");
    }

    @Test
    void aRelativeWhichAfterANamedBody() {
        check("The figures contradict a survey from the Atlantic Shipping Council, which said exports had fallen.",
                "Atlantic Shipping Council", "exports had fallen");
    }

    @Test
    void quotedAsSayingIsTheSpeechOfThePassiveSubject() {
        check("Port director Ana Lopez was quoted by a local newspaper as saying the terminal would open in May.",
                "Ana Lopez", "the terminal would open in May");
        check("The terminal will open in May, Trade Minister Ravi Mehta has been reported as saying.", "Ravi Mehta",
                "The terminal will open in May");
    }

    @Test
    void aPronounAfterAHearerVerbIsTheClausesSubject() {
        List<StatementFact> found = statements("Atlantic Shipping said profits had fallen. It also warned it might "
                + "have to cut jobs.");
        assertEquals(2, found.size(), found.toString());
        assertEquals("it might have to cut jobs", found.get(1).text(), found.toString());
    }

    @Test
    void aSubordinateClauseOpeningWhatIsSaid() {
        check("Trade Minister Ravi Mehta said once the port had reopened the two sides could not turn back.",
                "Ravi Mehta", "once the port had reopened the two sides could not turn back");
    }

    @Test
    void anAsideWithANameHoldingAVerb() {
        check("Ana Lopez, from Families Need Fathers, said the new rules went too far.", "Ana Lopez",
                "the new rules went too far");
    }

    @Test
    void whoIsUrgedBelongsToWhatIsSaid() {
        List<StatementFact> found = statements("Trade Minister Ravi Mehta urged the port authority to reopen the "
                + "northern terminal.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("the port authority to reopen the northern terminal", found.get(0).text(), found.toString());
    }

    @Test
    void theCompanyIsTheCompanyNamedAsSubjectBefore() {
        List<StatementFact> found = statements("Atlantic Shipping Group has completed its takeover of Harbor Freight "
                + "Lines. The company said it would keep its headquarters in Lisbon.");
        assertEquals(1, found.size(), found.toString());
        assertNotNull(found.get(0).speaker().organizationKey(), found.toString());
        assertEquals("Atlantic Shipping Group", found.get(0).speaker().name(), found.toString());
    }

    @Test
    void itIsTheBodyThatWasTheSubjectBefore() {
        List<StatementFact> found = statements("The Atlantic Shipping Council published its annual figures on "
                + "Monday. It said exports had fallen by a fifth.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Atlantic Shipping Council", found.get(0).speaker().name(), found.toString());
    }
    /**
     * Parties speak as the bodies of data/organizations.tsv, under the names news gives them ("the Tories", "the Lib
     * Dems"); "Labour" only where NER found it as a name, so "Labour backbencher X" keeps its title.
     */
    @Test
    void aPartyIsOneBodyUnderItsNames() {
        StatementFact tories = only("The Tories said the plans would mean higher taxes for families.");
        assertEquals("Conservative Party", tories.speaker().name(), tories.toString());
        assertNotNull(tories.speaker().organizationKey(), tories.toString());
        StatementFact libDems = only("The Lib Dems said the council tax should be scrapped.");
        assertEquals("Liberal Democrats", libDems.speaker().name(), libDems.toString());
    }

    @Test
    void aSubjectOfNounsJoinedByAnd() {
        check("Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that.",
                "Experts on North Korea and nuclear nonproliferation", "the latest nuclear test could change that");
        check("Developers and supporters in Congress say the program has brought billions of dollars to poor areas.",
                "Developers and supporters in Congress", "the program has brought billions of dollars to poor areas");
    }

    @Test
    void aSubjectBeforeAnAside() {
        StatementFact s = only("Officials at Homeland Security Investigations, a division of Immigration and Customs "
                + "Enforcement, said they were concerned about the program.");
        assertEquals("Officials at Homeland Security Investigations", s.speaker().mention().text(), s.toString());
        assertEquals("they were concerned about the program", s.text());
    }

    @Test
    void aLongAdjunctBeforeThat() {
        check("Ana Lopez said during a Friday evening rally in Michigan that the border would reopen in the spring.",
                "Ana Lopez", "the border would reopen in the spring");
        check("Ana Lopez said at a stop in Toledo, Ohio, that the ports deal had helped.",
                "Ana Lopez", "the ports deal had helped");
    }

    @Test
    void nounsJoinedInAHeadAreNoSpeakerUnlessPlural() {
        List<StatementFact> found = TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2026-03-04"), null, null, null, "Border row\n\nAnd the developments and Russian "
                + "aggression in Ukraine showed once again that the two allies should cooperate better.\n", 0)).statements();
        assertTrue(found.isEmpty(), found.toString());
    }
}
