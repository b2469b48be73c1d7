package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.rdf.vocabulary.SCHEMA;
import org.junit.jupiter.api.Test;

/** One heavy query cannot hold the server: the timeout ends it, with a message, and the next query is answered. */
class TestServeLimits {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Test
    void sparqlQueriesTimeOut() {
        try (RunningServer running = RunningServer.start(ServeFixtures.fixtureStore(), ServeOptions.defaults(0).withTimeout(TIMEOUT))) {
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long start = System.nanoTime();
            HttpResponse<String> r = running.get("diplograph/sparql?query=" + TestServeHttp.enc(heavy), "application/sparql-results+json");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(r.statusCode() >= 500 || r.statusCode() == 408, r.statusCode() + " " + r.body());
            assertTrue(seconds < 20, "cancelled after the timeout, not run to the end: " + seconds + " s");
            TestServeHttp.assertNoTrace(r);
            assertEquals(200, running.get("diplograph/sparql?query=" + TestServeHttp.enc(TestServeHttp.ARTICLES), null).statusCode());
        }
    }

    @Test
    void apiQueriesTimeOutWith503() throws Exception {
        try (RunningServer running = RunningServer.start(heavyStore(), ServeOptions.defaults(0).withTimeout(TIMEOUT))) {
            HttpResponse<String> r = running.get("api/network", null);
            TestServeHttp.assertError(r, 503, "timed out after 1 s");
            // The server still answers (a cheap query: stats on this store can itself pass 1 s on a busy machine).
            assertEquals(200, running.get("api/", null).statusCode(), "the server still answers");
            assertEquals(200, running.get("diplograph/sparql?query=" + TestServeHttp.enc("ASK {}"), null).statusCode());
        }
    }

    /**
     * Constructs whose compiling or optimizing Jena cannot interrupt are refused once parsed, in a fraction of a
     * second (before: an IN list of 5,000 items was optimized, 40,000 took 5 s, 600,000 over 600 s).
     */
    @Test
    void queriesBeyondTheShapeBoundsAreRefusedOnceParsed() throws Exception {
        try (RunningServer running = RunningServer.readOnly(ServeFixtures.fixtureStore())) {
            StringBuilder in = new StringBuilder(), values = new StringBuilder(), or = new StringBuilder("?o = 0");
            for (int i = 0; i < 5_000; i++) {
                in.append(i == 0 ? "" : ",").append(i);
                values.append(' ').append(i);
            }
            for (int i = 1; i < 400; i++)
                or.append(" || ?o = ").append(i);
            String[][] refused = {
                    {"SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + in + ")) }", "arguments"},
                    {"SELECT * WHERE { ?s ?p ?o FILTER(" + or + ") }", "nested more than"},
                    {"PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT * WHERE { BIND(afn:wait(60000) AS ?w) }", "function#wait"},
                    {"PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * WHERE { BIND(fn:apply(<urn:f>) AS ?w) }", "functions#apply"},
                    {"SELECT * WHERE { BIND(<java:org.example.F>(1) AS ?w) }", "java:"},
                    {"SELECT * WHERE { " + "OPTIONAL { ?s ?p ?o } ".repeat(600) + "}", "graph pattern elements"}};
            for (String[] q : refused) {
                long start = System.nanoTime();
                HttpResponse<String> r = running.post("diplograph/sparql", "application/sparql-query", q[0]);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(400, r.statusCode(), q[1] + ": " + r.body());
                assertTrue(r.body().contains("query refused") && r.body().contains(q[1]), r.body());
                assertTrue(seconds < 10, q[1] + ": refused once parsed, not optimized: " + seconds + " s");
            }
            HttpResponse<String> asValues = running.post("diplograph/sparql", "application/sparql-query",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o VALUES ?o {" + values + "} }");
            assertEquals(200, asValues.statusCode(), "the same list as VALUES is answered: " + asValues.body());
            HttpResponse<String> xpath = running.post("diplograph/sparql", "application/sparql-query",
                    "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                            + "SELECT (fn:upper-case(\"a\") AS ?u) (xsd:integer(\"7\") AS ?i) WHERE {}");
            assertEquals(200, xpath.statusCode(), "XPath and XSD functions are offered: " + xpath.body());
        }
    }

    /**
     * Nested REPLACEs, each making a string ten times longer, stop when one passes ten million characters, while
     * other queries are answered (before: 181 s, then "Java heap space").
     */
    @Test
    void aRunawayReplaceFailsAloneAndSoon() throws Exception {
        try (RunningServer running = RunningServer.start(ServeFixtures.fixtureStore(), ServeOptions.defaults(0))) {
            String inner = "\"" + "x".repeat(1000) + "\"";
            for (int i = 0; i < 7; i++)
                inner = "REPLACE(" + inner + ", \"x\", \"xxxxxxxxxx\")";
            String runaway = "SELECT (STRLEN(" + inner + ") AS ?n) WHERE {}";
            var others = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                var normal = others.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 20; i++)
                        if (running.get("diplograph/sparql?query=" + TestServeHttp.enc(TestServeHttp.ARTICLES), null).statusCode() == 200)
                            ok++;
                    return ok;
                });
                long start = System.nanoTime();
                HttpResponse<String> r = running.post("diplograph/sparql", "application/sparql-query", runaway);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(422, r.statusCode(), r.body());
                assertTrue(r.body().contains("REPLACE would make a string of"), r.body());
                assertTrue(seconds < 60, "stopped at the bound: " + seconds + " s");
                assertEquals(20, normal.get(120, java.util.concurrent.TimeUnit.SECONDS), "the other queries were answered");
            } finally {
                others.shutdownNow();
            }
            HttpResponse<String> within = running.post("diplograph/sparql", "application/sparql-query",
                    "SELECT (REPLACE(\"a-b-c\", \"-\", \"+\") AS ?r) (CONCAT(\"x\", \"y\"@en) AS ?c) "
                            + "(REPLACE(\"chat\"@fr, \"^c\", \"C\") AS ?l) WHERE {}");
            assertEquals(200, within.statusCode(), within.body());
            assertTrue(within.body().contains("a+b+c") && within.body().contains(">xy<") && within.body().contains("Chat"),
                    within.body());
        }
    }

    /**
     * A regular expression that backtracks for hours is stopped by the timeout (before: it held a core until done;
     * Java's matcher takes 4.6 s for this pattern on 24 characters, here 40).
     */
    @Test
    void aBacktrackingRegexStopsAtTheTimeout() {
        try (RunningServer running = RunningServer.start(ServeFixtures.fixtureStore(), ServeOptions.defaults(0).withTimeout(TIMEOUT))) {
            String q = "SELECT * WHERE { BIND(\"" + "a".repeat(40) + "!\" AS ?s) FILTER(REGEX(?s, \"(.*a){12}$\")) }";
            long start = System.nanoTime();
            HttpResponse<String> r = running.post("diplograph/sparql", "application/sparql-query", q);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 20, "stopped by the 1 s timeout: " + seconds + " s");
            HttpResponse<String> ok = running.post("diplograph/sparql", "application/sparql-query",
                    "ASK { BIND(\"Rubio met Dar\" AS ?s) FILTER(REGEX(?s, \"^rubio\", \"i\")) }");
            assertTrue(ok.body().contains("true"), ok.body());
        }
    }

    /** 300 articles naming 60 countries each: the network query pairs 1 million co-mentions. */
    static Path heavyStore() {
        List<Country> countries = CountryTable.standard().all().stream().limit(60).toList();
        Map<String, Model> graphs = ServeFixtures.referenceGraphs();
        for (int i = 0; i < 300; i++) {
            String iri = DG.ID + "article/heavy-" + i;
            Model m = ModelFactory.createDefaultModel();
            Resource article = m.createResource(iri).addProperty(RDF.type, SCHEMA.NewsArticle)
                    .addProperty(DG.source, "heavy-" + i + ".txt");
            for (int j = 0; j < countries.size(); j++)
                m.createResource(iri + "#country-" + j).addProperty(RDF.type, DG.CountryMention)
                        .addProperty(DG.country, m.createResource(Iris.country(countries.get(j).iso2())))
                        .addProperty(DG.inArticle, article);
            graphs.put(iri, m);
        }
        return ServeFixtures.newStore("diplograph-serve-heavy", graphs);
    }
}
