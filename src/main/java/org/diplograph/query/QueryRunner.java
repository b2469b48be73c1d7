package org.diplograph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.util.ModelUtils;
import org.diplograph.store.GraphStore;

/** Runs a named query against a store with bound parameters. */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    /**
     * Bounds on one run: a timeout (null: none) and at most {@code maxRows} rows (0: no limit). A run that
     * reaches {@code maxRows} gets one row more, so the caller can tell the result was cut.
     */
    public record Limits(Duration timeout, long maxRows) {
        public static final Limits NONE = new Limits(null, 0);
    }

    private QueryRunner() {
    }

    /** Runs a SELECT query and returns its rows, fully read (inside the read transaction). */
    public static ResultSetRewindable select(GraphStore store, NamedQuery query, Map<String, String> params) {
        return select(store, query, params, Limits.NONE);
    }

    /** As {@link #select(GraphStore, NamedQuery, Map)}, within {@code limits}; a timeout throws QueryCancelledException. */
    public static ResultSetRewindable select(GraphStore store, NamedQuery query, Map<String, String> params, Limits limits) {
        Map<String, Node> bound = query.bind(params);
        Query parsed = query.query(bound.keySet());
        if (!parsed.isSelectType())
            throw new QueryException("query " + query.name() + " is not a SELECT query");
        if (limits.maxRows() > 0) {
            long limit = limits.maxRows() + 1;
            parsed.setLimit(parsed.hasLimit() ? Math.min(parsed.getLimit(), limit) : limit);
        }
        return store.read(conn -> {
            try (QueryExecution exec = build(conn, parsed, bound, limits.timeout())) {
                return ResultSetFactory.copyResults(exec.execSelect());
            }
        });
    }

    static QueryExecution build(RDFConnection conn, Query query, Map<String, Node> bound, Duration timeout) {
        var builder = conn.newQuery().query(query);
        bound.forEach((name, value) -> builder.substitution(NamedQuery.variableOf(name), ModelUtils.convertGraphNodeToRDFNode(value)));
        if (timeout != null)
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return builder.build();
    }

    /** The rows in a format; {@code TABLE} is the {@link ReadableTable} of every column at any width. */
    public static void write(ResultSetRewindable rows, Format format, OutputStream out) {
        rows.reset();
        switch (format) {
            case CSV: ResultSetFormatter.outputAsCSV(out, rows); break;
            case TSV: ResultSetFormatter.outputAsTSV(out, rows); break;
            case JSON: ResultSetFormatter.outputAsJSON(out, rows); break;
            default:
                try {
                    out.write(ReadableTable.render(rows, List.of(), 0, true).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                break;
        }
    }
}
