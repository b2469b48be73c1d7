package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.diplograph.query.StoreStatistics;
import org.diplograph.store.EndpointCredentials;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * With --allow-update: SPARQL Update and uploads are accepted, readers never see half a write, no other site's page
 * can write, and with a password file only its users can.
 */
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

    /**
     * No web page of another site can write: a form posted from one carries its Origin, Referer or Sec-Fetch-Site
     * (before: {@code update=DROP+ALL} with {@code Origin: https://evil.example} emptied the store).
     */
    @Test
    void writesFromOtherSitesAreRefused() {
        try (RunningServer running = RunningServer.start(ServeFixtures.newStore("diplograph-serve-csrf", ServeFixtures.referenceGraphs()),
                ServeOptions.defaults(0).withAllowUpdate(true))) {
            long before = StoreStatistics.tripleCount(running.store);
            String form = "update=" + TestServeHttp.enc("DROP ALL");
            String self = running.server.url().replaceAll("/$", "");
            for (String[] header : new String[][] {{"Origin", "https://evil.example"}, {"Origin", "null"},
                    {"Origin", "http://127.0.0.1:1"}, {"Referer", "https://evil.example/page.html"}, {"Sec-Fetch-Site", "cross-site"}}) {
                for (String path : List.of("diplograph/update", "diplograph")) {
                    HttpResponse<String> r = RunningServer.send(HttpRequest.newBuilder(running.uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded").header(header[0], header[1])
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build());
                    assertEquals(403, r.statusCode(), header[0] + ": " + header[1] + " -> " + r.body());
                }
                HttpResponse<String> put = RunningServer.send(HttpRequest.newBuilder(running.uri("diplograph/data?default"))
                        .header("Content-Type", "text/turtle").header(header[0], header[1])
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
                assertEquals(403, put.statusCode(), "GSP PUT with " + header[0]);
            }
            assertEquals(before, StoreStatistics.tripleCount(running.store), "nothing written");
            HttpResponse<String> sameSite = RunningServer.send(HttpRequest.newBuilder(running.uri("diplograph/update"))
                    .header("Content-Type", "application/sparql-update").header("Origin", self)
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")).build());
            assertEquals(2, sameSite.statusCode() / 100, "the server's own origin may write: " + sameSite.body());
            HttpResponse<String> query = RunningServer.send(HttpRequest.newBuilder(running.uri("diplograph/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + TestServeHttp.enc("ASK {}"))).build());
            assertEquals(200, query.statusCode(), "a query posted from anywhere is a read");
        }
    }

    /** With a password file, a write needs one of its users; reads stay open. */
    @Test
    void withAPasswordFileWritesNeedAUser(@TempDir Path dir) throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "# users who may write\ningest: s3cret-pw\n");
        ServeOptions options = ServeOptions.defaults(0).withPasswordFile(passwords);
        try (RunningServer running = RunningServer.start(ServeFixtures.newStore("diplograph-serve-auth", ServeFixtures.referenceGraphs()), options)) {
            String insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }";
            HttpResponse<String> anonymous = running.post("diplograph/update", "application/sparql-update", insert);
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            for (String credential : List.of("ingest:wrong", "nobody:s3cret-pw", "ingest", "")) {
                HttpResponse<String> r = RunningServer.send(HttpRequest.newBuilder(running.uri("diplograph/update"))
                        .header("Content-Type", "application/sparql-update").header("Authorization", basic(credential))
                        .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
                assertEquals(401, r.statusCode(), credential);
            }
            HttpResponse<String> form = running.post("diplograph", "application/x-www-form-urlencoded", "update=" + TestServeHttp.enc(insert));
            assertEquals(401, form.statusCode(), "an update sent as a form is a write too");
            HttpResponse<String> right = RunningServer.send(HttpRequest.newBuilder(running.uri("diplograph/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic("ingest:s3cret-pw"))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertEquals(2, right.statusCode() / 100, right.body());
            assertEquals(200, running.get("diplograph/sparql?query=" + TestServeHttp.enc("ASK { GRAPH <urn:g> { ?s ?p ?o } }"),
                    null).statusCode(), "reads need no user");
            assertEquals(200, running.get("api/stats", null).statusCode());

            try (GraphStore client = GraphStore.remote(running.server.datasetUrl(), EndpointCredentials.read(passwords))) {
                client.replaceGraphs(Map.of(GRAPH, graph(1)));
            }
            assertEquals(TRIPLES, count(running), "ingest --endpoint --password-file writes");
            try (GraphStore anonymousClient = GraphStore.remote(running.server.datasetUrl())) {
                assertThrows(StoreException.class, () -> anonymousClient.replaceGraphs(Map.of(GRAPH, graph(2))));
            }
        }
    }

    /** Updates on an interface other machines reach need a password file; the server does not start without one. */
    @Test
    void updatesBeyondLoopbackNeedAPasswordFile(@TempDir Path dir) throws Exception {
        ServeOptions everywhere = ServeOptions.defaults(0).withHost("0.0.0.0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> everywhere.withAllowUpdate(true));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        assertTrue(everywhere.withPasswordFile(Files.writeString(dir.resolve("p"), "u: p\n")).allowUpdate());
        assertTrue(ServeOptions.defaults(0).withHost("localhost").withAllowUpdate(true).allowUpdate());
        assertThrows(IllegalArgumentException.class, () -> new ServeOptions("127.0.0.1", 0, false, java.time.Duration.ofSeconds(1),
                10, ServeOptions.DEFAULT_MAX_QUERY_BYTES, ServeOptions.DEFAULT_MAX_UPDATE_BYTES, dir.resolve("p")));
    }

    private static String basic(String credential) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(credential.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
