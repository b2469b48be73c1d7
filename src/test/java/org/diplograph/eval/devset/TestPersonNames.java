package org.diplograph.eval.devset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the development set's scorer tells whose a system person or body is (forms of one name, namesakes, acronyms). */
class TestPersonNames {
    @Test
    void theSameWordsBeatTheSameSurname() {
        assertEquals(3, PersonNames.match("Jill Biden", "Jill Biden"));
        assertEquals(2, PersonNames.match("Joe Biden", "Jill Biden"));
        assertTrue(PersonNames.match("Jill Biden", "Jill Biden") > PersonNames.match("Joe Biden", "Jill Biden"));
        assertEquals(2, PersonNames.match("Antony J. Blinken", "BLINKEN"));
        assertEquals(1, PersonNames.match("Heiko Maas", "Heiko"));
        assertEquals(3, PersonNames.match("Kishida Fumio", "Fumio Kishida"));
    }
    @Test
    void anAcronymOfTheConventionsIsTheBodysFullName() {
        assertTrue(ArticleScorer.sameOrganization("ICAO", "International Civil Aviation Organization"));
        assertTrue(ArticleScorer.sameOrganization("IMF", "International Monetary Fund"));
        assertTrue(ArticleScorer.sameOrganization("United Nations", "United Nations"));
        assertTrue(!ArticleScorer.sameOrganization("NATO", "International Monetary Fund"));
    }
}
