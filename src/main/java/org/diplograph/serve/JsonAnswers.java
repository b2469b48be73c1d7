package org.diplograph.serve;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryParameter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The JSON bodies of {@code /api/}: rows as objects of plain values (IRIs and strings as strings, numbers and
 * booleans as JSON numbers and booleans, unbound variables left out), the query list, and errors.
 */
final class JsonAnswers {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonAnswers() {
    }

    static void rows(HttpServletResponse resp, NamedQuery query, Map<String, String> params, ResultSetRewindable rows,
                     long maxRows, String sparql) throws IOException {
        try (JsonGenerator g = start(resp, 200)) {
            g.writeStartObject();
            g.writeStringField("query", query.name());
            g.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> e : params.entrySet())
                g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            List<String> vars = rows.getResultVars();
            g.writeArrayFieldStart("variables");
            for (String v : vars)
                g.writeString(v);
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            long written = 0;
            rows.reset();
            while (rows.hasNext() && written < maxRows) {
                row(g, vars, rows.next());
                written++;
            }
            g.writeEndArray();
            g.writeNumberField("count", written);
            g.writeBooleanField("truncated", rows.hasNext());
            g.writeNumberField("maxRows", maxRows);
            g.writeStringField("sparql", sparql);
            g.writeEndObject();
        }
    }

    static void index(HttpServletResponse resp, List<NamedQuery> queries) throws IOException {
        try (JsonGenerator g = start(resp, 200)) {
            g.writeStartObject();
            g.writeArrayFieldStart("queries");
            for (NamedQuery q : queries) {
                g.writeStartObject();
                g.writeStringField("name", q.name());
                g.writeStringField("summary", q.summary());
                g.writeArrayFieldStart("parameters");
                for (QueryParameter p : q.parameters()) {
                    g.writeStartObject();
                    g.writeStringField("name", p.name());
                    g.writeStringField("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
                    g.writeStringField("description", p.description());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        error(resp, status, message, Map.of());
    }

    /** An error answer with extra {@code headers} (e.g. {@code WWW-Authenticate}); nothing if the answer has begun. */
    static void error(HttpServletResponse resp, int status, String message, Map<String, String> headers) throws IOException {
        if (resp.isCommitted())
            return;
        resp.reset();
        headers.forEach(resp::setHeader);
        try (JsonGenerator g = start(resp, status)) {
            g.writeStartObject();
            g.writeNumberField("status", status);
            g.writeStringField("error", message);
            g.writeEndObject();
        }
    }

    private static JsonGenerator start(HttpServletResponse resp, int status) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        return JSON.createGenerator(resp.getOutputStream());
    }

    private static void row(JsonGenerator g, List<String> vars, QuerySolution row) throws IOException {
        g.writeStartObject();
        for (String v : vars) {
            RDFNode value = row.get(v);
            if (value != null) {
                g.writeFieldName(v);
                value(g, value.asNode());
            }
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Node node) throws IOException {
        if (node.isURI()) {
            g.writeString(node.getURI());
        } else if (node.isBlank()) {
            g.writeString("_:" + node.getBlankNodeLabel());
        } else if (node.isLiteral()) {
            Object v;
            try {
                v = node.getLiteralValue();
            } catch (DatatypeFormatException e) {
                v = null;
            }
            if (v instanceof Boolean b)
                g.writeBoolean(b);
            else if (v instanceof Integer || v instanceof Long)
                g.writeNumber(((Number) v).longValue());
            else if (v instanceof BigInteger i)
                g.writeNumber(i);
            else if (v instanceof BigDecimal d)
                g.writeNumber(d);
            else if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue()))
                g.writeNumber(((Number) v).doubleValue());
            else
                g.writeString(node.getLiteralLexicalForm());
        } else {
            g.writeString(node.toString());
        }
    }
}
