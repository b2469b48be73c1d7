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
            assertEquals(200, running.get("api/stats", null).statusCode(), "the server still answers");
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
