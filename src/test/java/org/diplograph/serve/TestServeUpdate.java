package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** With --allow-update: SPARQL Update and uploads are accepted, and readers never see half a write. */
class TestServeUpdate {
    private static final String GRAPH = "https://w3id.org/diplograph/id/article/upload-test";
    private static final int TRIPLES = 200;

    @Test
    void updateAndUploadAreAcceptedWhenAllowed() throws Exception {
        try (RunningServer running = RunningServer.start(ServeFixtures.newStore("diplograph-serve-rw", ServeFixtures.referenceGraphs()),
                ServeOptions.defaults(0).withAllowUpdate(true))) {
            HttpResponse<String> update = running.post("diplograph/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:a> <urn:ex:b> \"c\" } }");
            assertTrue(update.statusCode() / 100 == 2, update.statusCode() + " " + update.body());
            HttpResponse<String> put = RunningServer.send(java.net.http.HttpRequest.newBuilder(
                            running.uri("diplograph/data?graph=" + TestServeHttp.enc("urn:ex:h")))
                    .header("Content-Type", "text/turtle")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:ex:x> <urn:ex:y> <urn:ex:z> .")).build());
            assertTrue(put.statusCode() / 100 == 2, put.statusCode() + " " + put.body());
            HttpResponse<String> ask = running.get("diplograph/sparql?query="
                    + TestServeHttp.enc("ASK { GRAPH <urn:ex:g> { <urn:ex:a> <urn:ex:b> \"c\" } GRAPH <urn:ex:h> { <urn:ex:x> <urn:ex:y> <urn:ex:z> } }"),
                    "application/sparql-results+json");
            assertTrue(ask.body().contains("true"), ask.body());
        }
    }

    /** Writers replace a graph through HTTP (as {@code ingest --endpoint} does) while readers count it. */
    @Test
    void readersSeeWholeGraphsWhileWritersReplaceThem() throws Exception {
        try (RunningServer running = RunningServer.start(ServeFixtures.newStore("diplograph-serve-concurrent", ServeFixtures.referenceGraphs()),
                ServeOptions.defaults(0).withAllowUpdate(true));
             GraphStore remote = GraphStore.remote(running.server.datasetUrl())) {
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> readers = List.of(pool.submit(() -> read(running, seen, writing)),
                        pool.submit(() -> read(running, seen, writing)));
                for (int round = 1; round <= 15; round++)
                    remote.replaceGraphs(Map.of(GRAPH, graph(round)));
                writing.set(false);
                for (Future<?> reader : readers)
                    reader.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertTrue(seen.stream().allMatch(n -> n == 0 || n == TRIPLES), "only whole graphs: " + seen);
            assertEquals(Set.of(TRIPLES), Set.of(count(running)), "the last write is there");
        }
    }

    private static void read(RunningServer running, Set<Integer> seen, AtomicBoolean writing) {
        while (writing.get())
            seen.add(count(running));
    }

    private static int count(RunningServer running) {
        HttpResponse<String> r = running.get("diplograph/sparql?query=" + TestServeHttp.enc(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o } }"), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        try {
            JsonNode json = TestServeHttp.JSON.readTree(r.body());
            return json.at("/results/bindings/0/n/value").asInt();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Model graph(int round) {
        Model m = ModelFactory.createDefaultModel();
        Resource s = m.createResource(GRAPH);
        for (int i = 0; i < TRIPLES; i++)
            s.addProperty(m.createProperty("urn:ex:p" + i), "round " + round);
        return m;
    }
}
