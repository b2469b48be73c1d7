package org.diplograph.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The named queries as JSON endpoints: {@code GET /api/NAME?param=value…} runs the query with the values bound as
 * RDF terms of the declared types (never pasted into the text); {@code GET /api/} lists the queries. Errors are
 * JSON {@code {"error": …}}: 400 for a bad parameter, 404 for an unknown query, 503 for a timeout; never a trace.
 */
final class ApiServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final int MAX_VALUE_LENGTH = 1000;

    private final transient GraphStore store;
    private final transient QueryRunner.Limits limits;

    ApiServlet(GraphStore store, QueryRunner.Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
                resp.setHeader("Allow", "GET, HEAD");
                throw new ApiError(405, "only GET is supported here");
            }
            String path = req.getPathInfo();
            if (path == null || path.equals("/"))
                JsonAnswers.index(resp, NamedQueries.BUILT_IN.stream().map(NamedQueries::builtIn).toList());
            else
                answer(path.substring(1), req, resp);
        } catch (ApiError e) {
            JsonAnswers.error(resp, e.status, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("/api request failed: {}", req.getRequestURI(), e);
            JsonAnswers.error(resp, 500, "internal error; see the server log");
        }
    }

    private void answer(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!NamedQueries.BUILT_IN.contains(name))
            throw new ApiError(404, "no query named '" + name + "'; queries: " + NamedQueries.BUILT_IN);
        NamedQuery query = NamedQueries.builtIn(name);
        Map<String, String> params = parameters(req);
        ResultSetRewindable rows;
        String sparql;
        try {
            sparql = query.boundText(params);
            rows = QueryRunner.select(store, query, params, limits);
        } catch (QueryException e) {
            throw new ApiError(400, e.getMessage());
        } catch (QueryCancelledException e) {
            throw new ApiError(503, "query " + name + " timed out after " + limits.timeout().toSeconds() + " s");
        }
        JsonAnswers.rows(resp, query, params, rows, limits.maxRows(), sparql);
    }

    /** One value per parameter; empty values count as not given (as an empty form field). */
    private static Map<String, String> parameters(HttpServletRequest req) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            List<String> values = List.of(e.getValue());
            if (values.size() > 1)
                throw new ApiError(400, "parameter " + e.getKey() + " is given " + values.size() + " times");
            String value = values.get(0);
            if (value.length() > MAX_VALUE_LENGTH)
                throw new ApiError(400, "parameter " + e.getKey() + " is longer than " + MAX_VALUE_LENGTH + " characters");
            if (!value.isEmpty())
                params.put(e.getKey(), value);
        }
        return params;
    }

    /** A request the API answers with an error status and message. */
    private static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
