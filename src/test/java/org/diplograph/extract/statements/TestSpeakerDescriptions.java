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

    @Test
    void officialsNamingNoCountrySpeakForTheLastOfficialsNamedWithOne() {
        List<StatementFact> found = statements("Venezuelan authorities have said they will seize land owned by a "
                + "British company. Officials in Cojedes state said on Friday that the farmland would be taken. "
                + "The authorities said landowners whose titles were in order had nothing to fear.");
        StatementFact cojedes = about(found, "the farmland would be taken");
        assertEquals("VE", cojedes.speaker().countryIso2(), cojedes.toString());
        StatementFact authorities = about(found, "landowners whose titles");
        assertEquals("VE", authorities.speaker().countryIso2(), authorities.toString());
    }

    @Test
    void bareOfficialsAreNoCountryOnlyBecauseOneWasNamed() {
        List<StatementFact> found = statements("Tony Blair is pressing the US to cut greenhouse gases. Officials have "
                + "confirmed climate change was discussed when senator John McCain visited Mr Blair.");
        StatementFact s = about(found, "climate change was discussed");
        assertTrue(s.speaker().countryIso2() == null, s.toString());
    }

    @Test
    void aNameFollowedByItsPlaceOrOwningAGovernment() {
        List<StatementFact> found = statements("French finance minister Nicolas Sarkozy met his colleagues in Paris. "
                + "Nicolas Sarkozy of France said he and his colleagues were unanimous in their worry. President "
                + "Susilo Bambang Yudhoyono came to power in October. President Yudhoyono's government has said it "
                + "wants to curb fuel subsidies.");
        StatementFact sarkozy = about(found, "he and his colleagues");
        assertEquals("Nicolas Sarkozy", sarkozy.speaker().name(), sarkozy.toString());
        assertNotNull(sarkozy.speaker().personKey(), sarkozy.toString());
        StatementFact government = about(found, "it wants to curb");
        assertTrue(government.speaker().personKey() == null, government.toString());
        assertEquals("ID", government.speaker().countryIso2(), government.toString());
    }
}
