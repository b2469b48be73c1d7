package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.TestFixtures;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped queries parse, keep their pinned output variables, and bind parameters as terms. */
class TestNamedQueries {
    private static final Map<String, List<String>> CONTRACT = Map.of(
            "who-met-whom", List.of("meeting", "date", "placeName", "aName", "bName", "mode", "status", "article", "source"),
            "statements", List.of("statement", "speakerName", "text", "direct", "date", "article", "source"),
            "officials", List.of("person", "name", "title", "countryCode", "article", "source"),
            "country-relations", List.of("aCode", "bCode", "type", "date", "article", "source"),
            "country-mentions", List.of("countryCode", "countryName", "article", "source"));

    @Test
    void builtInQueriesParseAndKeepTheirContract() {
        for (String name : NamedQueries.BUILT_IN) {
            NamedQuery q = NamedQueries.builtIn(name);
            assertFalse(q.summary().isEmpty(), name + " has a header saying what it answers");
            List<String> vars = q.query().getResultVars();
            for (String v : CONTRACT.getOrDefault(name, List.of()))
                assertTrue(vars.contains(v), name + " must return ?" + v + " (public contract), has " + vars);
        }
    }

    @Test
    void countryParameterFilters() {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            ResultSetRewindable all = QueryRunner.select(store, NamedQueries.builtIn("country-mentions"), Map.of());
            ResultSetRewindable pk = QueryRunner.select(store, NamedQueries.builtIn("country-mentions"), Map.of("country", "PK"));
            assertTrue(pk.size() >= 1 && pk.size() < all.size());
            pk.forEachRemaining(row -> assertEquals("PK", row.getLiteral("countryCode").getString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PK\" } DROP ALL #", "PK' || true || '", "}", "#", "PK\n}", "DROP ALL", "<http://x y>"})
    void hostileValuesAreTermsNotQueryText(String hostile) {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            long before = org.diplograph.query.StoreStatistics.tripleCount(store);
            ResultSetRewindable rows = QueryRunner.select(store, NamedQueries.builtIn("country-mentions"),
                    Map.of("country", hostile));
            assertEquals(0, rows.size(), "a hostile value matches nothing and changes nothing");
            assertEquals(before, org.diplograph.query.StoreStatistics.tripleCount(store));
        }
    }

    @Test
    void badlyTypedParametersAreRefused() {
        NamedQuery q = NamedQueries.builtIn("who-met-whom");
        assertThrows(QueryException.class, () -> q.bind(Map.of("from", "last week")));
        assertThrows(QueryException.class, () -> q.bind(Map.of("nosuch", "x")));
        assertThrows(QueryException.class, () -> NamedQueries.builtIn("country-mentions").bind(Map.of("article", "not an iri")));
    }
}
