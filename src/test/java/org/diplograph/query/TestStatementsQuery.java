package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.TestFixtures;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;

/** statements.rq on the seed store: who said what, filtered by speaker, by country spoken about, by speaker's country. */
class TestStatementsQuery {
    private static List<QuerySolution> rows(Map<String, String> params) {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            ResultSetRewindable rs = QueryRunner.select(store, NamedQueries.builtIn("statements"), params);
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void bySpeaker() {
        List<QuerySolution> rubio = rows(Map.of("speaker", "rubio"));
        assertTrue(rubio.size() >= 6, "Rubio's statements, \"he said\" ones included: " + rubio.size());
        for (QuerySolution row : rubio) {
            assertEquals("Marco Rubio", row.getLiteral("speakerName").getString());
            assertTrue(row.contains("source") && row.contains("date") && row.contains("cue"));
        }
        assertTrue(rubio.stream().anyMatch(r -> r.getLiteral("text").getString().startsWith("Irrespective of how")));
    }

    @Test
    void byCountrySpokenAboutAndBySpeakersCountry() {
        List<QuerySolution> aboutRussia = rows(Map.of("country", "RU"));
        assertFalse(aboutRussia.isEmpty());
        aboutRussia.forEach(r -> assertTrue(r.getLiteral("about").getString().contains("RU")));
        assertTrue(aboutRussia.stream().anyMatch(r -> r.contains("speakerName")
                && r.getLiteral("speakerName").getString().contains("Russian delegation")));

        List<QuerySolution> pakistan = rows(Map.of("speakerCountry", "PK", "speaker", "ministry"));
        assertFalse(pakistan.isEmpty(), "what Pakistan's Foreign Ministry said");
        pakistan.forEach(r -> assertEquals("PK", r.getLiteral("speakerCountry").getString()));
        assertEquals(1, rows(Map.of("speakerCountry", "JM")).size(), "Holness, for Jamaica");
    }

    @Test
    void byDate() {
        List<QuerySolution> tuesday = rows(Map.of("from", "2018-05-01", "to", "2018-05-01"));
        assertEquals(1, tuesday.size(), "only the Foreign Office statement was said on Tuesday 1 May 2018");
        assertTrue(tuesday.get(0).getLiteral("text").getString().startsWith("We believe"));
    }
}
