package org.diplograph.extract.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.diplograph.TestFixtures;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.Span;
import org.diplograph.facts.StatementFact;
import org.junit.jupiter.api.Test;

/**
 * The statements of official texts (issue 14): transcript turns, readout sentences whose subject is a title or a
 * group, and joint statements, on texts written for the test in the layout of State Department and White House
 * releases (title line, date line, body).
 */
class TestReadoutStatements {
    private static ArticleFacts extract(String title, String body) {
        String text = title + "\n2022-03-07\n\n" + body;
        return TestFixtures.extractor().extract(new Article("test", "test", "", null, title,
                new Span(0, title.length(), title), LocalDate.parse("2022-03-07"), null, null, null, text, 0));
    }

    /** Speaker names of the statements whose content starts with {@code start}. */
    private static Set<String> speakersOf(ArticleFacts facts, String start) {
        return facts.statements().stream().filter(s -> s.text().startsWith(start) && s.speaker() != null)
                .map(s -> s.speaker().name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static StatementFact startingWith(ArticleFacts facts, String start) {
        return facts.statements().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting «" + start + "» in " + facts.statements()));
    }

    @Test
    void aTranscriptTurnIsAStatementOfTheFullNameUpToTheNextLabel() {
        ArticleFacts facts = extract("Secretary Antony J. Blinken and Israeli Foreign Minister Yair Lapid Before Their Meeting",
                "Antony J. Blinken, Secretary of State\n\nYair Lapid, Israeli Foreign Minister\n\n"
                + "FOREIGN MINISTER LAPID: Okay, I will go first. I came here to meet with a friend and a partner.\n\n"
                + "And I want to thank the administration for the leadership it has shown in these days.\n\n"
                + "SECRETARY BLINKEN: Well, thank you, Yair. It is great to see you anywhere in the world.\n\n"
                + "QUESTION: Mr. Secretary, will you meet the Russian foreign minister this week?\n\n"
                + "SECRETARY BLINKEN: (In French.)\n");
        StatementFact lapid = startingWith(facts, "Okay, I will go first.");
        assertEquals("Yair Lapid", lapid.speaker().name());
        assertTrue(lapid.text().endsWith("the leadership it has shown in these days"), lapid.text());
        StatementFact blinken = startingWith(facts, "Well, thank you, Yair.");
        assertEquals("Antony J. Blinken", blinken.speaker().name());
        assertTrue(blinken.text().endsWith("anywhere in the world"), "the question ends the turn: " + blinken.text());
        assertTrue(facts.statements().stream().noneMatch(s -> s.text().startsWith("Mr. Secretary")
                || s.text().startsWith("(In French.)")), "no statement of the question or the empty turn: "
                + facts.statements());
    }

    @Test
    void aReadoutTitleStandsForItsHolderAndCoordinatedVerbsShareTheSubject() {
        ArticleFacts facts = extract("Secretary Blinken’s Call with Pakistani Foreign Minister Qureshi",
                "Secretary of State Antony J. Blinken spoke today with Pakistani Foreign Minister Shah Mahmood Qureshi and "
                + "underscored the shared desire for a stable and sustainable bilateral relationship. The Secretary "
                + "congratulated the Foreign Minister on the recent elections and welcomed the progress on the trade "
                + "agreement. The Secretary and the Foreign Minister also highlighted joint efforts to tackle the COVID-19 "
                + "pandemic.\n");
        assertEquals(Set.of("Antony J. Blinken"), speakersOf(facts, "the shared desire for a stable"));
        assertEquals(Set.of("Antony J. Blinken"), speakersOf(facts, "the Foreign Minister on the recent elections"));
        assertEquals(Set.of("Antony J. Blinken"), speakersOf(facts, "the progress on the trade agreement"));
        assertEquals(Set.of("Antony J. Blinken", "Shah Mahmood Qureshi"), speakersOf(facts, "joint efforts to tackle"));
    }

    @Test
    void theLeadersAreThePeopleOfTheMeetingAndTheyAfterThemTheSame() {
        ArticleFacts facts = extract("Readout of President Joe Biden’s Meeting with Prime Minister Kishida of Japan",
                "President Joe Biden met today with Prime Minister Fumio Kishida of Japan at the White House. The leaders "
                + "reaffirmed their commitment to a free and open Indo-Pacific. They also welcomed the progress of the "
                + "trilateral partnership with the Republic of Korea.\n");
        assertEquals(Set.of("Joe Biden", "Fumio Kishida"), speakersOf(facts, "their commitment to a free and open"));
        assertEquals(Set.of("Joe Biden", "Fumio Kishida"), speakersOf(facts, "the progress of the trilateral"));
    }

    @Test
    void bothSidesAreTheirCountries() {
        ArticleFacts facts = extract("Joint Statement on the Fourth U.S.-Japan Economic Dialogue",
                "Office of the Spokesperson\n\nThe text of the following statement was released by the Governments of the "
                + "United States of America and Japan.\n\nBegin Text:\n\nThe Fourth U.S.-Japan Economic Dialogue took place "
                + "in Tokyo on March 6. Both sides reaffirmed their desire to expand engagement on clean energy.\n\n"
                + "End Text.\n");
        StatementFact body = startingWith(facts, "The Fourth U.S.-Japan Economic Dialogue");
        assertTrue(body.text().endsWith("engagement on clean energy."), body.text());
        Set<String> signatories = facts.statements().stream()
                .filter(s -> s.text().startsWith("The Fourth U.S.-Japan Economic Dialogue"))
                .map(s -> s.speaker().countryIso2()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("JP", "US"), signatories, "the joint statement is each government's");
        Set<String> sides = facts.statements().stream().filter(s -> s.text().startsWith("their desire to expand"))
                .map(s -> s.speaker().countryIso2()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("JP", "US"), sides);
    }

    @Test
    void aJointStatementInTheFirstPersonIsEachSignatorys() {
        ArticleFacts facts = extract("Joint Statement on Israel",
                "Today, the leaders of France, Germany and the United States of America released the following joint "
                + "statement:\n\nToday, we — President Macron of France, Chancellor Scholz of Germany, and President "
                + "Biden of the United States — express our steadfast and united support to the State of Israel.\n\n"
                + "We make clear that terrorism has no justification.\n");
        assertEquals(Set.of("Biden", "Macron", "Scholz"), speakersOf(facts, "Today, we — President Macron"));
        List<StatementFact> body = facts.statements().stream().filter(s -> s.text().startsWith("Today, we")).toList();
        assertTrue(body.get(0).text().endsWith("terrorism has no justification."), body.get(0).text());
    }

    /**
     * "spoke with X to congratulate him": a speech verb in the infinitive of purpose of a call or meeting is a
     * statement of who called; "the right to defend itself" and "thanked Y for its support … to call for" are not.
     */
    @Test
    void theInfinitiveOfPurposeOfACallIsAStatement() {
        ArticleFacts facts = extract("Readout of President Lopez's Call with Prime Minister Mehta",
                "President Ana Lopez spoke today with Prime Minister Ravi Mehta of India to congratulate him on his "
                + "election victory. President Lopez reaffirmed Israel's right to defend itself. President Lopez "
                + "thanked Peru for its support at the United Nations to call for new elections.\n");
        assertEquals(Set.of("Ana Lopez"), speakersOf(facts, "him on his election victory"), facts.statements().toString());
        assertTrue(speakersOf(facts, "itself").isEmpty(), facts.statements().toString());
        assertTrue(speakersOf(facts, "for new elections").isEmpty(), facts.statements().toString());
    }
    /**
     * A joint readout (a joint statement by its title) of a meeting of named people: "the parties" are the people
     * it says met, not the countries of its title nor the people of a meeting it recalls after; a title ending in
     * a surname NER took for a body is that person; a second verb of the same subject ends the first statement;
     * "committed to continue" is the three countries' pledge even when the tagger reads "committed" as a participle.
     */
    @Test
    void theReadoutsPartiesAreThePeopleItSaysMet() {
        ArticleFacts facts = extract("Joint Readout of Inaugural U.S.-Philippines 3+3 Meeting",
                "Secretary of State Antony J. Blinken, Secretary of Defense Lloyd J. Austin III, and National Security "
                + "Advisor Jake Sullivan met with Philippine Secretary of Foreign Affairs Enrique Manalo, Philippine "
                + "Secretary of National Defense Gilberto Teodoro, and Philippine National Security Advisor Eduardo M. Año "
                + "in Washington, DC today. The meeting followed President Biden’s bilateral meeting with Philippines "
                + "President Ferdinand R. Marcos, Jr. on April 11.\n\n"
                + "The parties reaffirmed their shared vision of a free and open Indo-Pacific. Secretary Blinken, "
                + "Secretary of Defense Austin, and National Security Advisor Sullivan reiterated the United States’ "
                + "ironclad commitment to the U.S.-Philippine Alliance and recalled that the 1951 Mutual Defense Treaty "
                + "extends to armed attacks on Philippine armed forces. The three countries committed to continue "
                + "working together to expand international support for the law of the sea.\n");
        assertEquals(Set.of("Antony J. Blinken", "Lloyd J. Austin III", "Jake Sullivan", "Enrique Manalo",
                "Gilberto Teodoro", "Eduardo M. Año"), speakersOf(facts, "their shared vision"), facts.statements().toString());
        assertEquals(Set.of("Antony J. Blinken", "Lloyd J. Austin III", "Jake Sullivan"),
                speakersOf(facts, "the United States’ ironclad commitment"), facts.statements().toString());
        assertTrue(startingWith(facts, "the United States’ ironclad commitment").text().endsWith("Alliance"),
                facts.statements().toString());
        assertEquals(Set.of("Antony J. Blinken", "Lloyd J. Austin III", "Jake Sullivan"),
                speakersOf(facts, "the 1951 Mutual Defense Treaty"), facts.statements().toString());
        assertTrue(!speakersOf(facts, "to continue working together").isEmpty(), facts.statements().toString());
    }
    /** "the U.S. and the UAE delegations" are the two countries; "X and vice foreign ministers" are the call's people. */
    @Test
    void aConjunctMayBeAGroupOfTheMeeting() {
        ArticleFacts facts = extract("Deputy Secretary Sherman’s Call with Republic of Korea Vice Foreign Minister Choi",
                "Deputy Secretary of State Wendy Sherman spoke today with Republic of Korea Vice Foreign Minister Choi "
                + "Jong Kun. The Deputy Secretary and vice foreign ministers reaffirmed the importance of trilateral "
                + "cooperation. Upon conclusion of the call, the U.S. and the ROK delegations reiterated their desire to "
                + "work closely on regional challenges.\n");
        assertEquals(Set.of("Wendy Sherman", "Choi Jong Kun"), speakersOf(facts, "the importance of trilateral"),
                facts.statements().toString());
        Set<String> countries = facts.statements().stream().filter(s -> s.text().startsWith("their desire to work"))
                .map(s -> s.speaker().countryIso2()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("KR", "US"), countries, facts.statements().toString());
    }
    /** "as it prepares …" after the object goes on speaking of it; "as talks began" would end it. */
    @Test
    void anAsClauseOfTheObjectIsPartOfWhatWasSaid() {
        ArticleFacts facts = extract("Readout of Vice President Harris’s Participation in the U.S.-ASEAN Summit",
                "Vice President Kamala Harris today joined leaders of ASEAN member states in Jakarta. The Vice President "
                + "expressed support for Laos as it prepares to assume the ASEAN chairmanship in 2024.\n");
        assertTrue(startingWith(facts, "support for Laos").text().endsWith("the ASEAN chairmanship in 2024"),
                facts.statements().toString());
    }
}
