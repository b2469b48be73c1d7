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
 * Speakers named by a description, in the wording of BBC reports: a body named inside its description, a title that
 * names again the person just named. The sentences are written for the test.
 */
class TestSpeakerDescriptions {
    private static List<StatementFact> statements(String text) {
        return TestFixtures.extractor().extract(new Article("test", "test", "", null, "", null,
                LocalDate.parse("2005-02-04"), null, null, null, "Club in crisis\n\n" + text + "\n", 0)).statements();
    }

    private static StatementFact about(List<StatementFact> found, String content) {
        return found.stream().filter(s -> s.text().startsWith(content)).findFirst()
                .orElseThrow(() -> new AssertionError(content + " not in " + found));
    }

    @Test
    void aBodyNamedAtTheEndOrStartOfItsDescription() {
        List<StatementFact> found = statements("Shares in Borussia Dortmund fell by 20% on Monday. "
                + "German football club and former European champion Borussia Dortmund said it would go bankrupt "
                + "if the talks failed.");
        StatementFact s = about(found, "it would go bankrupt");
        assertNotNull(s.speaker().organizationKey(), s.toString());
        assertEquals("Borussia Dortmund", s.speaker().name(), s.toString());
    }

    @Test
    void aTitleNamesAgainThePersonJustNamed() {
        List<StatementFact> found = statements("Michael Howard has attacked the government's tax plans. "
                + "\"Families will pay more,\" the Tory leader said.");
        StatementFact s = about(found, "Families will pay more");
        assertEquals("Michael Howard", s.speaker().name(), s.toString());
    }

    @Test
    void aSpokesmanIsNotThePersonJustNamed() {
        List<StatementFact> found = statements("Sir Ian Blair warned of an attack. "
                + "The spokesman said the threat was real.");
        StatementFact s = about(found, "the threat was real");
        assertTrue(s.speaker() == null || s.speaker().personKey() == null, s.toString());
    }
}
