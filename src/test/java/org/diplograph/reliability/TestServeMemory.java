package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.diplograph.serve.ServeFixtures;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One query's memory cannot take the others down (issue 16): {@code diplograph serve} in a JVM of its own with a
 * 320 MB heap answers queries from two clients while a third sends a query that gathers rows without end (ORDER
 * BY over a cross join of the store) and one that builds a string without end (nested REPLACE). The runaways fail
 * alone, with a message; every other query is answered; the server never runs out of memory.
 */
class TestServeMemory {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aRunawayQueryFailsAloneWhileOthersAreAnswered(@TempDir Path dir) throws Exception {
        ChildDiplograph server = ChildDiplograph.serve(dir.resolve("store"), List.of("-Xmx320m"), "--timeout", "120");
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            String url = server.awaitUrl(120);
            try (GraphStore remote = GraphStore.remote(url + "diplograph")) {
                remote.replaceGraphs(ServeFixtures.referenceGraphs());   // the countries and the ontology: 3,000 triples
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<Future<String>> normal = List.of(clients.submit(() -> normalQueries(url, running, answered)),
                    clients.submit(() -> normalQueries(url, running, answered)));
            Thread.sleep(1000);

            long start = System.nanoTime();
            HttpResponse<String> sort = sparql(url, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f");
            double sortSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            String replace = "\"" + "x".repeat(1000) + "\"";
            for (int i = 0; i < 7; i++)
                replace = "REPLACE(" + replace + ", \"x\", \"xxxxxxxxxx\")";
            HttpResponse<String> strings = sparql(url, "SELECT (STRLEN(" + replace + ") AS ?n) WHERE {}");
            double replaceSeconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            for (Future<String> f : normal)
                assertEquals("", f.get(180, TimeUnit.SECONDS), "every other query was answered");

            System.out.printf("serve memory: ORDER BY over a cross join -> %d in %.1f s; nested REPLACE -> %d in %.1f s; "
                    + "%d other queries answered meanwhile%n", sort.statusCode(), sortSeconds, strings.statusCode(),
                    replaceSeconds, answered.get());
            assertEquals(503, sort.statusCode(), sort.body());
            assertTrue(sort.body().contains("ran short of memory"), sort.body());
            assertEquals(422, strings.statusCode(), strings.body());
            assertTrue(answered.get() >= 10, "others were answered meanwhile: " + answered.get());
            assertTrue(server.isAlive());
            String output = server.output();
            assertFalse(output.contains("OutOfMemoryError") || output.contains("Java heap space"), server.tail());
            assertTrue(output.contains("MemoryGuard - heap"), "the guard said what it stopped:\n" + server.tail());
            output.lines().filter(l -> l.contains("MemoryGuard")).forEach(System.out::println);
        } finally {
            clients.shutdownNow();
            server.stop(30);
        }
    }

    /** Sends the named stats query and a SPARQL count until told to stop; "" if every answer was a 200. */
    private static String normalQueries(String url, AtomicBoolean running, AtomicInteger answered) throws Exception {
        while (running.get()) {
            for (HttpResponse<String> r : List.of(get(url + "api/stats"),
                    sparql(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }"))) {
                if (r.statusCode() != 200)
                    return r.statusCode() + " " + r.body();
                answered.incrementAndGet();
            }
            Thread.sleep(50);
        }
        return "";
    }

    private static HttpResponse<String> sparql(String url, String query) throws Exception {
        return get(url + "diplograph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Accept", "application/sparql-results+json, application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
