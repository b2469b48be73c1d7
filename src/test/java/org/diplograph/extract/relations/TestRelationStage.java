package org.diplograph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.TestFixtures;
import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Layer;
import org.diplograph.extract.meetings.MeetingStage;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PloverType;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.RelationFact;
import org.junit.jupiter.api.Test;

/** The country relations of the seed articles that issue 5 names, each with its evidence. */
class TestRelationStage {
    static List<RelationFact> relations(ArticleFacts facts, String source, String target, PloverType type) {
        return facts.relations().stream().filter(r -> r.sourceIso2().equals(source) && r.targetIso2().equals(target)
                && r.type() == type).toList();
    }

    static RelationFact one(ArticleFacts facts, String source, String target, PloverType type, String evidence) {
        List<RelationFact> found = relations(facts, source, target, type);
        assertFalse(found.isEmpty(), source + " -> " + target + " " + type + " in " + facts.relations());
        assertTrue(found.stream().anyMatch(r -> r.provenance().evidence().text().contains(evidence)),
                "evidence '" + evidence + "' in " + found);
        return found.get(0);
    }

    @Test
    void russiaAndPakistan() {
        ArticleFacts facts = TestFixtures.seedFacts().get(0);
        one(facts, "RU", "PK", PloverType.SUPPORT, "strong supporter of Pakistan");
        one(facts, "RU", "PK", PloverType.COOPERATE, "sold some helicopters");
        assertTrue(relations(facts, "RU", "PK", PloverType.CONSULT).stream().anyMatch(r -> "2018-03-14".equals(r.date())),
                "the March 14 meeting");
        assertTrue(relations(facts, "RU", "PK", PloverType.CONSULT).stream().anyMatch(r -> "2018-04".equals(r.date())),
                "the April visit");
    }

    @Test
    void unitedStatesVenezuelaAndCuba() {
        ArticleFacts facts = TestFixtures.seedFacts().get(1);
        assertFalse(relations(facts, "US", "VE", PloverType.ASSAULT).isEmpty() && relations(facts, "US", "VE", PloverType.COERCE).isEmpty());
        one(facts, "US", "VE", PloverType.ASSAULT, "capture");
        one(facts, "CU", "US", PloverType.FIGHT, "speedboat");
        for (RelationFact r : facts.relations())
            assertTrue(r.provenance().confidence() < 0.9 && r.date() != null, r.toString());
    }

    /**
     * "he has tightened pressure on Cuba" is Trump's: the relation needs his country, which the officials stage
     * gives as a post. Here a stand-in for it gives him one.
     */
    @Test
    void pressureOnCubaIsUsCoercionOnceTrumpActsForTheUs() {
        List<ExtractionStage> stages = new ArrayList<>(TestFixtures.extractor().stages());
        int meetings = stages.indexOf(stages.stream().filter(s -> s instanceof MeetingStage).findFirst().orElseThrow());
        stages.add(meetings, new TrumpIsPresidentOfTheUs());
        ArticleFacts facts = new Extractor(stages).extract(TestFixtures.seedFacts().get(1).article());
        one(facts, "US", "CU", PloverType.COERCE, "tightened pressure on Cuba");
    }

    private static final class TrumpIsPresidentOfTheUs implements ExtractionStage {
        @Override
        public String name() {
            return "test-officials";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.PERSONS);
        }

        @Override
        public Set<Layer> produces() {
            return Set.of(Layer.POSTS);
        }

        @Override
        public void process(ExtractionContext context) {
            for (PersonFact p : List.copyOf(context.people()))
                if (p.name().equals("Donald Trump"))
                    context.replacePerson(p, new PersonFact(p.key(), p.name(), true,
                            List.of(new PostFact("President", "US", null, p.provenance())), p.mentions(), p.provenance()));
        }
    }

    @Test
    void relationsAreDirectedBetweenTwoCountries() {
        for (ArticleFacts facts : TestFixtures.seedFacts())
            for (RelationFact r : facts.relations())
                assertFalse(r.sourceIso2().equals(r.targetIso2()), r.toString());
        assertEquals(0, relations(TestFixtures.seedFacts().get(0), "PK", "PK", PloverType.CONSULT).size());
    }

    // ---- relations from what readouts say (issue 14, item 4)

    @Test
    void theLeadersOfAMeetingJustReportedActEachForTheirCountry() {
        ArticleFacts facts = org.diplograph.extract.meetings.TestMeetingRules.extract("US President Joe Biden met Irish "
                + "Taoiseach Leo Varadkar in Washington on Friday. The leaders affirmed their support for Ukraine. "
                + "They agreed to remain in close contact. Both leaders condemned Russia.");
        for (String country : List.of("US", "IE")) {
            one(facts, country, "UA", PloverType.SUPPORT, "their support for Ukraine");
            one(facts, country, "RU", PloverType.DISAPPROVE, "Both leaders condemned Russia");
        }
        one(facts, "US", "IE", PloverType.AGREE, "They agreed");
        one(facts, "IE", "US", PloverType.AGREE, "They agreed");
        one(facts, "US", "IE", PloverType.CONSULT, "met Irish");
        one(facts, "IE", "US", PloverType.CONSULT, "met Irish");
    }

    @Test
    void aGroupWithNoMeetingBeforeItStandsForNoOne() {
        ArticleFacts facts = org.diplograph.extract.meetings.TestMeetingRules.extract("Exports rose in March. The "
                + "leaders affirmed their support for Ukraine.");
        assertTrue(facts.relations().isEmpty(), facts.relations().toString());
    }

    @Test
    void aHyphenatedPairIsBothSidesOfTheirCooperation() {
        ArticleFacts facts = org.diplograph.extract.meetings.TestMeetingRules.extract("The ministers reviewed "
                + "U.S.-Pakistan cooperation on counterterrorism.");
        one(facts, "US", "PK", PloverType.COOPERATE, "U.S.-Pakistan cooperation");
        one(facts, "PK", "US", PloverType.COOPERATE, "U.S.-Pakistan cooperation");
    }

    @Test
    void welcomingAVisitorIsAMeetingNotSupport() {
        ArticleFacts facts = org.diplograph.extract.meetings.TestMeetingRules.extract("US President Joe Biden welcomed "
                + "Irish Taoiseach Leo Varadkar to the White House today.");
        assertTrue(relations(facts, "US", "IE", PloverType.SUPPORT).isEmpty(), facts.relations().toString());
        one(facts, "US", "IE", PloverType.CONSULT, "welcomed");
    }

    /** A release of /work/corpus/us-safe (2024-07-10), whole: the body is said by the three leaders of the title. */
    private static final String F16_TITLE = "Joint Statement on F-16s for Ukraine from U.S. President Joseph R. Biden, "
            + "Dutch Prime Minister Dick Schoof, and Danish Prime Minister Mette Frederiksen";
    private static final String F16_BODY = F16_TITLE + "\n2024-07-10\n\n"
            + "We, the co-leaders of the Air Force Capability Coalition for Ukraine, have been working to provide "
            + "operational F-16 fighter jets to Ukraine.\n\n"
            + "The Danish and Dutch governments are in the process of donating American-made F-16s to Ukraine, with the "
            + "support of the United States.\n\n"
            + "The transfer process for these F-16s is now underway, and Ukraine will be flying operational F-16s this "
            + "summer. We are unable to provide additional details at this time due to operational security concerns.\n\n"
            + "We will continue to coordinate jointly in support of Ukraine’s ability to defend itself against Russian "
            + "aggression.\n";

    @Test
    void aJointStatementIsAnAgreementOfEveryTwoSignatories() {
        ArticleFacts facts = TestFixtures.extractor().extract(new org.diplograph.facts.Article("test", "test.txt", "",
                null, F16_TITLE, new org.diplograph.facts.Span(0, F16_TITLE.length(), F16_TITLE), java.time.LocalDate.of(2024, 7, 10), null, null, null, F16_BODY, 0));
        for (String a : List.of("US", "NL", "DK"))
            for (String b : List.of("US", "NL", "DK"))
                if (!a.equals(b))
                    one(facts, a, b, PloverType.AGREE, "We, the co-leaders");
        assertTrue(relations(facts, "UA", "US", PloverType.AGREE).isEmpty(), "Ukraine is what it is about, no signatory");
    }

    @Test
    void theTopicOfAJointStatementsMeetingIsNoSignatory() {
        String title = "Joint Statement on the Syria Special Envoy Meeting";
        String text = title + "\n2022-04-29\n\nOffice of the Spokesperson\n\n"
                + "Representatives of the Arab League, Egypt, the European Union, France, Germany, Iraq, Jordan, Norway, "
                + "Qatar, Saudi Arabia, Turkey, the United Kingdom, and the United States met in Paris on April 28 to "
                + "discuss Syria.\n\nBegin Text:\n\n"
                + "We expressed our lasting commitment to alleviating the suffering of the Syrian people and welcomed the "
                + "upcoming EU hosted Brussels 6 Conference for the future of Syria and the region.\n";
        ArticleFacts facts = TestFixtures.extractor().extract(new org.diplograph.facts.Article("test", "test.txt", "",
                null, title, new org.diplograph.facts.Span(0, title.length(), title), java.time.LocalDate.of(2022, 4, 29),
                null, null, null, text, 0));
        one(facts, "EG", "US", PloverType.AGREE, "We expressed our lasting commitment");
        one(facts, "FR", "TR", PloverType.AGREE, "We expressed our lasting commitment");
        assertTrue(facts.relations().stream().noneMatch(r -> r.type() == PloverType.AGREE
                && (r.sourceIso2().equals("SY") || r.targetIso2().equals("SY"))), facts.relations().toString());
    }
}
