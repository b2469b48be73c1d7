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

/** who-met-whom, country-relations and relations-by-year over the seed store. */
class TestMeetingQueries {
    private static List<QuerySolution> rows(String query, Map<String, String> params) {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            ResultSetRewindable rs = QueryRunner.select(store, NamedQueries.builtIn(query), params);
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    private static boolean pair(QuerySolution row, String a, String b) {
        String x = row.getLiteral("aName").getString(), y = row.getLiteral("bName").getString();
        return x.contains(a) && y.contains(b) || x.contains(b) && y.contains(a);
    }

    @Test
    void whoMetWhomGivesPairsAcrossSides() {
        List<QuerySolution> rows = rows("who-met-whom", Map.of());
        assertTrue(rows.stream().anyMatch(r -> pair(r, "Popov", "Janjua")
                && r.getLiteral("date").getLexicalForm().equals("2018-03-14")));
        assertTrue(rows.stream().anyMatch(r -> pair(r, "Rubio", "Caribbean Community")
                && r.getLiteral("mode").getString().equals("summit")
                && r.getLiteral("placeName").getString().contains("Kitts")));
        assertTrue(rows.stream().anyMatch(r -> pair(r, "Goreslavsky", "Pakistan")));
        assertFalse(rows.stream().anyMatch(r -> pair(r, "Goreslavsky", "Molostov")), "one delegation did not meet itself");
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("status").getString().equals("occurred")));
    }

    @Test
    void whoMetWhomFiltersByCountryPersonAndDates() {
        List<QuerySolution> pk = rows("who-met-whom", Map.of("country", "PK"));
        assertTrue(pk.stream().anyMatch(r -> pair(r, "Popov", "Janjua")), "Janjua acts for Pakistan");
        assertTrue(pk.stream().noneMatch(r -> pair(r, "Rubio", "")));
        assertEquals(4 + 1 + 1, rows("who-met-whom", Map.of("person", "rubio", "from", "2026-02-25", "to", "2026-02-25"))
                .stream().filter(r -> r.getLiteral("aName").getString().contains("Rubio")
                        || r.getLiteral("bName").getString().contains("Rubio")).count());
        assertTrue(rows("who-met-whom", Map.of("to", "2018-03-31")).stream().allMatch(r -> pair(r, "Popov", "Janjua")));
    }

    @Test
    void countryRelationsAndTheirYearlySummary() {
        List<QuerySolution> relations = rows("country-relations", Map.of("a", "RU", "b", "PK"));
        assertTrue(relations.stream().anyMatch(r -> r.getLiteral("type").getString().equals("SUPPORT")
                && r.getLiteral("evidence").getString().contains("supporter")));
        List<QuerySolution> years = rows("relations-by-year", Map.of("a", "RU", "b", "PK"));
        QuerySolution consult = years.stream().filter(r -> r.getLiteral("type").getString().equals("CONSULT"))
                .findFirst().orElseThrow();
        assertEquals(2018, consult.getLiteral("year").getInt());
        assertEquals(2, consult.getLiteral("events").getInt(), "the March meeting and the April visit");
        assertEquals(1.0, consult.getLiteral("meanIntensity").getDouble(), 1e-9);
        assertEquals("1", consult.getLiteral("quad").getString(), "CONSULT is verbal cooperation");
        QuerySolution summary = rows("relation-summary", Map.of("a", "RU", "b", "PK")).stream()
                .filter(r -> r.getLiteral("aCode").getString().equals("RU")).findFirst().orElseThrow();
        assertEquals(2018, summary.getLiteral("year").getInt());
        assertTrue(summary.getLiteral("verbalCooperation").getInt() >= 3, "two meetings and the SCO support");
        assertTrue(summary.getLiteral("materialCooperation").getInt() >= 1, "the helicopter sales");
        assertTrue(summary.getLiteral("meanIntensity").getDouble() > 0);
    }
}
