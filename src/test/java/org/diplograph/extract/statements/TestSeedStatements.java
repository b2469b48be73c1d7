package org.diplograph.extract.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diplograph.TestFixtures;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.StatementFact;
import org.junit.jupiter.api.Test;

/**
 * Every quote of the two seed articles, attributed as a reader would: the expectations written down here,
 * including the traps of issue 4 (the Foreign Office statement after an analyst's quote, the Russian delegation's
 * "They said that …", the ministry referred back to, Shoaib named after his second quote).
 */
class TestSeedStatements {
    private static ArticleFacts pakistan() {
        return TestFixtures.seedFacts().get(0);
    }

    private static ArticleFacts rubio() {
        return TestFixtures.seedFacts().get(1);
    }

    @Test
    void pakistanRussiaQuotes() {
        ArticleFacts f = pakistan();
        assertPerson(f, "Pakistan and Russia are building new partnership", "Qamar Cheema");
        StatementFact office = said(f, "We believe that long-term multidimensional");
        assertOrganization(f, office, "Foreign Office");
        assertEquals("2018-05-01", office.date(), "\"said … on Tuesday\" in an article of Wednesday 2 May 2018");
        assertTrue(office.direct());

        StatementFact delegation = said(f, "Russia considers Pakistan as a reliable partner");
        String name = delegation.speaker().name();
        assertTrue(name.contains("Russian delegation") && name.contains("Goreslavsky") && name.contains("Molostov"), name);
        assertEquals("RU", delegation.speaker().countryIso2());
        assertEquals("They", delegation.speaker().mention().text());
        assertTrue(delegation.aboutIso2().containsAll(List.of("RU", "PK")));

        StatementFact ministry = said(f, "Relations between the two countries are today characterized");
        assertOrganization(f, ministry, "Foreign Ministry");
        assertEquals("PK", ministry.speaker().countryIso2());
        StatementFact later = said(f, "the upward trajectory is being maintained");
        assertEquals(ministry.speaker().organizationKey(), later.speaker().organizationKey(), "\"the ministry\" is it");
        assertFalse(later.direct());

        assertPerson(f, "Pakistan views Russia as an important global power", "Mohammed Faisal");
        StatementFact first = assertPerson(f, "The presence of Islamic State (Daesh)", "Amjad Shoaib");
        StatementFact second = assertPerson(f, "Russia has sold some helicopters to Pakistan", "Amjad Shoaib");
        assertEquals(first.speaker().personKey(), second.speaker().personKey());
        assertEquals("Shoaib", second.speaker().mention().text());
        assertEquals("2018-05-02", second.date());
    }

    @Test
    void rubioArticleQuotes() {
        ArticleFacts f = rubio();
        StatementFact told = assertPerson(f, "Irrespective of how some of you", "Marco Rubio");
        assertEquals("told", told.cue());
        assertTrue(told.aboutIso2().contains("VE"));
        StatementFact happy = assertPerson(f, "I am very happy to be in an administration", "Marco Rubio");
        assertTrue(happy.text().contains("We share common opportunities"), "the quote goes on after \"Rubio said.\"");
        assertEquals("he", assertPerson(f, "We want to be your partner in that regard", "Marco Rubio").speaker().mention().text());
        assertPerson(f, "We do believe that a prosperous, free Venezuela", "Marco Rubio");
        assertEquals("added", assertPerson(f, "We view our security, our prosperity", "Marco Rubio").cue());
        assertPerson(f, "since Maduro’s ouster", "Marco Rubio");

        StatementFact holness = assertPerson(f, "It must be clear that a prolonged crisis in Cuba", "Andrew Holness");
        assertTrue(holness.text().contains("It will affect migration"));
        assertEquals("JM", holness.speaker().countryIso2());
        assertPerson(f, "Haiti; we talked about Cuba", "Kamla Persad-Bissessar");
        assertPerson(f, "I don’t think they are, and if they are", "Kamla Persad-Bissessar");
        assertPerson(f, "restoring American security and dominance", "Donald Trump");
        assertPerson(f, "an absolutely colossal victory", "Donald Trump");
        assertPerson(f, "stands at a decisive hour", "Terrance Drew");
        assertOrganization(f, said(f, "public support for US military operations"), "State Department");
    }

    @Test
    void scareQuotesAreNotStatementsAndEveryQuoteHasASpeaker() {
        for (ArticleFacts f : TestFixtures.seedFacts())
            for (StatementFact s : f.statements()) {
                assertFalse(List.of("multidimensional strategic partnership", "mature relationship", "substantial",
                        "Donroe Doctrine.", "multi-dimensional strategic partnership.").contains(s.text()), s.text());
                if (s.direct())
                    assertNotNull(s.speaker() == null ? null : s.speaker().name(), "speaker of " + s.text());
                assertEquals(s.provenance().evidence().text(),
                        f.article().text().substring(s.provenance().evidence().begin() - f.article().offset(),
                                s.provenance().evidence().end() - f.article().offset()));
            }
    }

    /** The statement whose text holds {@code fragment}; exactly one. */
    private static StatementFact said(ArticleFacts f, String fragment) {
        List<StatementFact> found = f.statements().stream().filter(s -> s.text().contains(fragment)).toList();
        assertEquals(1, found.size(), "one statement saying \"" + fragment + "\": " + found);
        return found.get(0);
    }

    private static StatementFact assertPerson(ArticleFacts f, String fragment, String person) {
        StatementFact s = said(f, fragment);
        PersonFact p = f.people().stream().filter(x -> x.name().equals(person)).findFirst().orElseThrow();
        assertNotNull(s.speaker(), fragment);
        assertEquals(p.key(), s.speaker().personKey(), fragment + " said by " + person + ", not " + s.speaker());
        return s;
    }

    private static void assertOrganization(ArticleFacts f, StatementFact s, String organization) {
        OrganizationFact o = f.organizations().stream().filter(x -> x.name().equals(organization)).findFirst()
                .orElseGet(() -> f.organizations().stream().filter(x -> x.name().contains(organization)).findFirst()
                        .orElseThrow());
        assertNotNull(s.speaker(), s.text());
        assertEquals(o.key(), s.speaker().organizationKey(), s.text() + " said by " + organization + ", not " + s.speaker());
    }
}
