package org.diplograph.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.store.GraphStore;

/** Counts over a store, for summaries and {@code diplograph stats}. */
public final class StoreStatistics {
    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private StoreStatistics() {
    }

    /** Triples in all named graphs. */
    public static long tripleCount(GraphStore store) {
        return store.read(conn -> {
            try (var exec = conn.query(TRIPLES)) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** Articles, countries mentioned, persons, officials, meetings, statements, relations ({@code queries/stats.rq}). */
    public static Map<String, Long> counts(GraphStore store) {
        ResultSetRewindable rows = QueryRunner.select(store, NamedQueries.builtIn("stats"), Map.of());
        Map<String, Long> counts = new LinkedHashMap<>();
        if (rows.hasNext()) {
            QuerySolution row = rows.next();
            rows.getResultVars().forEach(v -> counts.put(v, row.contains(v) ? row.getLiteral(v).getLong() : 0L));
        }
        return counts;
    }
}
