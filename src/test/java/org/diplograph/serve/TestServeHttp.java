package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.query.StoreStatistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The read-only server over the fixture store: SPARQL, Graph Store Protocol, the /api/ queries, the static files. */
class TestServeHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ARTICLES = "PREFIX schema: <http://schema.org/> "
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }";
    static final String TALKS = "https://w3id.org/diplograph/id/article/fixture-talks";

    static RunningServer running;

    @BeforeAll
    static void start() {
        running = RunningServer.readOnly(ServeFixtures.fixtureStore());
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return JSON.readTree(response.body());
    }

    static void assertNoTrace(HttpResponse<String> response) {
        assertFalse(response.body().contains("\tat ") || response.body().contains("at org.")
                || response.body().contains("Exception"), "no stack trace or exception name: " + response.body());
    }

    @Test
    void sparqlQueryIsAnsweredInEachResultFormat() {
        String path = "diplograph/sparql?query=" + enc(ARTICLES);
        HttpResponse<String> json = running.get(path, "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json.body());
        ResultSet rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(2, rows.next().getLiteral("n").getInt(), "union default graph: both fixture articles");

        assertTrue(running.get(path, "text/csv").body().startsWith("n\r\n2"));
        assertTrue(running.get(path, "text/tab-separated-values").body().startsWith("?n\n2"));
        HttpResponse<String> xml = running.get(path, "application/sparql-results+xml");
        ResultSet xmlRows = ResultSetMgr.read(new java.io.ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_XML);
        assertEquals(2, xmlRows.next().getLiteral("n").getInt());
        // The dataset URL answers queries too, as a remote GraphStore expects.
        assertEquals(200, running.get("diplograph?query=" + enc(ARTICLES), "application/sparql-results+json").statusCode());
    }

    @Test
    void graphStoreProtocolReadNegotiatesRdfFormats() {
        String graph = "diplograph/data?graph=" + enc(TALKS);
        HttpResponse<String> turtle = running.get(graph, "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(turtle.body(), Lang.TURTLE).getDefaultGraph().size() > 20);

        for (Lang lang : List.of(Lang.TRIG, Lang.NQUADS, Lang.JSONLD)) {
            HttpResponse<String> all = running.get("diplograph/data", lang.getHeaderString());
            assertEquals(200, all.statusCode(), lang + ": " + all.body());
            DatasetGraph dsg = parse(all.body(), lang);
            assertTrue(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(TALKS)), lang.toString());
        }
    }

    static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(text, lang).parse(dsg);
        return dsg;
    }

    @Test
    void updatesAreRefusedWhenReadOnly() {
        long before = StoreStatistics.tripleCount(running.store);
        List<HttpResponse<String>> refused = new ArrayList<>();
        refused.add(running.post("diplograph/sparql", "application/sparql-update", "DROP ALL"));
        refused.add(running.post("diplograph", "application/sparql-update", "DROP ALL"));
        refused.add(running.post("diplograph/update", "application/sparql-update", "DROP ALL"));
        refused.add(running.post("diplograph/sparql", "application/x-www-form-urlencoded", "update=" + enc("DROP ALL")));
        refused.add(running.post("diplograph/data?default", "text/turtle", "<urn:ex:a> <urn:ex:b> <urn:ex:c> ."));
        refused.add(running.post("diplograph/upload", "text/turtle", "<urn:ex:a> <urn:ex:b> <urn:ex:c> ."));
        refused.add(RunningServer.send(java.net.http.HttpRequest.newBuilder(running.uri("diplograph/data?graph=" + enc(TALKS)))
                .DELETE().build()));
        for (HttpResponse<String> r : refused) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().method() + " " + r.uri() + " -> "
                    + r.statusCode() + " " + r.body());
            assertNoTrace(r);
        }
        assertEquals(before, StoreStatistics.tripleCount(running.store), "nothing changed");
    }

    /**
     * A refused update must leave the connection fit for the next request: one pooled client sends refused updates
     * back to back (before {@link RequestBodyDrain}, about 2% of them failed with "header parser received no bytes").
     */
    @Test
    void refusedUpdatesLeaveTheConnectionUsable() {
        for (int i = 0; i < 300; i++) {
            for (String path : List.of("diplograph/sparql", "diplograph", "diplograph/data?default")) {
                HttpResponse<String> r = running.post(path, "application/sparql-update", "DROP ALL");
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
            }
        }
    }

    @Test
    void badQueriesGetAMessageNotATrace() {
        HttpResponse<String> r = running.get("diplograph/sparql?query=" + enc("SELECT * WHERE { ?s ?p }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Encountered"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
        HttpResponse<String> missing = running.get("no/such/page", null);
        assertEquals(404, missing.statusCode());
        assertNoTrace(missing);
    }

    @Test
    void apiIndexListsTheQueries() throws Exception {
        JsonNode index = json(running.get("api/", null));
        List<String> names = new ArrayList<>();
        index.get("queries").forEach(q -> names.add(q.get("name").asText()));
        assertTrue(names.containsAll(List.of("who-met-whom", "network", "pair-timeline", "stats")), names.toString());
    }

    @Test
    void pairTimelineHasTheMeetingTheStatementAndTheRelation() throws Exception {
        JsonNode answer = json(running.get("api/pair-timeline?a=US&b=PK", null));
        assertEquals("pair-timeline", answer.get("query").asText());
        List<String> kinds = new ArrayList<>();
        answer.get("rows").forEach(row -> kinds.add(row.get("kind").asText()));
        assertEquals(List.of("meeting", "relation", "statement"), kinds);
        JsonNode meeting = answer.get("rows").get(0);
        assertEquals("2025-03-10", meeting.get("date").asText());
        assertTrue(meeting.get("evidence").asText().startsWith("Pakistan's Foreign Minister Ishaq Dar met"));
        assertEquals("https://example.org/news/dar-rubio-talks", meeting.get("source").asText());
        assertEquals(1, answer.get("rows").get(1).get("quad").asInt(), "AGREE is verbal cooperation");
        assertTrue(answer.get("sparql").asText().contains("\"US\""), "the SPARQL shown has the bound values");
        assertFalse(answer.get("truncated").asBoolean());
    }

    @Test
    void networkCountsCooperationConflictAndMeetings() throws Exception {
        JsonNode rows = json(running.get("api/network", null)).get("rows");
        JsonNode pkUs = rows.get(0), inPk = rows.get(1);
        assertEquals("PK", pkUs.get("aCode").asText());
        assertEquals("US", pkUs.get("bCode").asText());
        assertEquals(1, pkUs.get("cooperation").asInt());
        assertEquals(1, pkUs.get("meetings").asInt());
        assertEquals(1, pkUs.get("articles").asInt());
        assertEquals("IN", inPk.get("aCode").asText());
        assertEquals(2, inPk.get("conflict").asInt());
        // The date range keeps only the May events.
        JsonNode may = json(running.get("api/network?from=2025-05-01&to=2025-05-31", null)).get("rows");
        assertEquals(1, may.size());
        assertEquals("India", may.get(0).get("aName").asText());
    }

    @Test
    void rowsAreCutAtTheLimit() throws Exception {
        try (RunningServer small = RunningServer.start(ServeFixtures.fixtureStore(), ServeOptions.defaults(0).withMaxRows(1))) {
            JsonNode answer = json(small.get("api/pair-timeline?a=PK&b=US", null));
            assertEquals(1, answer.get("rows").size());
            assertEquals(1, answer.get("count").asInt());
            assertTrue(answer.get("truncated").asBoolean());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PK\" } DROP ALL #", "PK' || true || '", "}", "{", "PK\n}", "DROP ALL", "<http://x y>",
            "?countryCode", "$_country", "\" . } INSERT DATA { <urn:ex:a> <urn:ex:b> <urn:ex:c> } #"})
    void hostileValuesAreBoundAsTerms(String hostile) throws Exception {
        long before = StoreStatistics.tripleCount(running.store);
        HttpResponse<String> r = running.get("api/country-mentions?country=" + enc(hostile), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = json(r);
        assertEquals(0, answer.get("rows").size(), "a hostile value matches nothing");
        assertEquals(hostile, answer.get("parameters").get("country").asText());
        assertEquals(before, StoreStatistics.tripleCount(running.store), "and changes nothing");
        JsonNode pair = json(running.get("api/pair-timeline?a=" + enc(hostile) + "&b=PK", null));
        assertEquals(0, pair.get("rows").size());
    }

    @Test
    void unknownAndIllTypedParametersAre400() throws Exception {
        assertError(running.get("api/who-met-whom?nosuch=1", null), 400, "no parameter \"nosuch\"");
        assertError(running.get("api/who-met-whom?from=" + enc("last week"), null), 400, "not a date");
        assertError(running.get("api/country-mentions?article=" + enc("not an iri"), null), 400, "not an absolute IRI");
        assertError(running.get("api/who-met-whom?person=a&person=b", null), 400, "given 2 times");
        assertError(running.get("api/no-such-query", null), 404, "no query named 'no-such-query'");
        assertError(running.get("api/..ontology", null), 404, "no query named");
        HttpResponse<String> traversal = running.get("api/..%2F..%2Fontology%2Fdiplograph", null);
        assertEquals(400, traversal.statusCode(), "Jetty refuses encoded separators");
        assertNoTrace(traversal);
        assertError(running.post("api/stats", "text/plain", "x"), 405, "only GET");
        // Empty values are "not given", as from an empty form field.
        assertEquals(200, running.get("api/network?from=&to=", null).statusCode());
    }

    static void assertError(HttpResponse<String> r, int status, String text) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertTrue(body.get("error").asText().contains(text), body.toString());
        assertNoTrace(r);
    }

    @Test
    void servesThePageAndTheChartLibraryButNothingElse() {
        HttpResponse<String> page = running.get("", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, running.get("app/app.js", null).statusCode());
        HttpResponse<String> echarts = running.get("webjars/echarts/5.3.1/dist/echarts.min.js", null);
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        for (String hidden : List.of("app/.hidden.js", "app/%2e%2e/queries/stats.rq", "webjars/echarts/5.3.1/",
                "app/..%2Fsimplelogger.properties", "app/nosuch.js", "webjars/echarts/5.3.1/package.json.x"))
            assertTrue(running.get(hidden, null).statusCode() >= 400, hidden);
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", running.server.host());
        assertTrue(running.server.url().startsWith("http://127.0.0.1:"));
        assertEquals(200, running.get("$/ping", null).statusCode());
    }
}
