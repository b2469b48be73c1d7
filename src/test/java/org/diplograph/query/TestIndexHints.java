package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.TestFixtures;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;

/**
 * The {@code #+NAME} lines of the shipped queries change how a store finds the answer, never the answer: each
 * query with one parameter bound returns the same rows with and without them, on the seed store.
 */
class TestIndexHints {
    private static final List<String> CODES = List.of("PK", "RU", "US", "SA", "TT", "CN", "ZW");
    /** Parts of names: of persons, an organization and countries of the seed, in any case, and one of nobody. */
    private static final List<String> NAMES = List.of("rubio", "POPOV", "Khan", "caribbean", "pakistan", "s", "zz", "");

    @Test
    void hintsOnlyAppearWhenTheirParameterIsBound() {
        NamedQuery q = NamedQueries.builtIn("who-met-whom");
        assertEquals(q.text(), q.textFor(Set.of()));
        assertEquals(q.text(), q.textFor(Set.of("from")));
        assertNotEquals(q.text(), q.textFor(Set.of("country")));
        assertNotEquals(q.text(), q.textFor(Set.of("person")));
        assertTrue(q.boundText(Map.of("country", "PK")).contains("\"PK\""));
    }

    @Test
    void hintedQueriesReturnWhatTheUnhintedOnesReturn() {
        long nonEmpty = 0, compared = 0;
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            for (String name : NamedQueries.BUILT_IN) {
                NamedQuery hinted = NamedQueries.builtIn(name);
                NamedQuery plain = new NamedQuery(name, hinted.summary(), hinted.parameters(), hinted.shown(),
                        hinted.text().replaceAll("(?m)^\\s*#\\+\\w+\\s.*$", ""));
                for (QueryParameter p : hinted.parameters()) {
                    if (!hinted.textFor(Set.of(p.name())).equals(hinted.text())
                            && (p.type() == QueryParameter.Type.STRING || p.type() == QueryParameter.Type.COUNTRY)) {
                        for (String value : p.name().equals("person") || p.name().equals("speaker") ? NAMES : CODES) {
                            Map<String, String> params = Map.of(p.name(), value);
                            List<String> a = rows(QueryRunner.select(store, hinted, params));
                            List<String> b = rows(QueryRunner.select(store, plain, params));
                            assertEquals(b, a, name + " with " + params);
                            compared++;
                            if (!a.isEmpty())
                                nonEmpty++;
                        }
                    }
                }
            }
        }
        assertTrue(compared >= 50, "every hinted parameter compared: " + compared);
        assertTrue(nonEmpty >= 10, "the comparisons include real answers: " + nonEmpty);
    }

    private static List<String> rows(ResultSetRewindable rs) {
        List<String> out = new ArrayList<>();
        List<String> vars = new ArrayList<>(rs.getResultVars());
        vars.sort(null);
        rs.forEachRemaining(row -> {
            StringBuilder line = new StringBuilder();
            for (String v : vars)
                line.append(v).append('=').append(row.get(v)).append(' ');
            out.add(line.toString());
        });
        out.sort(null);
        return out;
    }
}
