package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@link RequestGuard} does for every request of the read-only server over the fixture store (issue 16): bad
 * encodings, parameters Fuseki would reflect, nosniff and a CSP on every answer, TRACE, the Host header on
 * loopback, and the size of a query before anything parses it.
 */
class TestServeGuard {
    static final String SELECT = TestServeHttp.enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
    static RunningServer running;

    @BeforeAll
    static void start() {
        running = RunningServer.readOnly(ServeFixtures.fixtureStore());
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    /** Before: a 500 and 48 lines of stack trace in the log for each. */
    @Test
    void badPercentEncodingIsA400() throws Exception {
        for (String path : List.of("api/who-met-whom?person=%ff%fe", "api/stats?%ff=1", "diplograph/sparql?query=%ff%fe",
                "diplograph?query=%C0%AF")) {
            HttpResponse<String> r = running.get(path, null);
            TestServeHttp.assertError(r, 400, "percent-encoding");
        }
        for (String path : List.of("/diplograph?query=%zz", "/api/stats?x=%"))   // Java's HTTP client refuses to send these
            assertTrue(raw("GET", path, "127.0.0.1").startsWith("HTTP/1.1 400"), path);
        HttpResponse<String> form = running.post("diplograph/sparql", "application/x-www-form-urlencoded", "query=%ff%fe");
        TestServeHttp.assertError(form, 400, "percent-encoding");
    }

    /** Before: {@code stylesheet} went unescaped into XML results, {@code callback} wrapped JSON results (JSONP). */
    @Test
    void stylesheetAndCallbackAreRefusedEverywhere() throws Exception {
        String markup = TestServeHttp.enc("\"/><script>alert(1)</script>");
        for (String path : List.of("diplograph/sparql?query=" + SELECT + "&stylesheet=" + markup,
                "diplograph?query=" + SELECT + "&stylesheet=x.xsl", "diplograph/sparql?query=" + SELECT + "&callback=alert",
                "diplograph/data?callback=alert", "api/stats?callback=alert", "?stylesheet=x")) {
            HttpResponse<String> r = running.get(path, "application/sparql-results+xml, application/json");
            TestServeHttp.assertError(r, 400, "is not accepted");
            assertFalse(r.body().contains("<script>"), r.body());
        }
        HttpResponse<String> form = running.post("diplograph/sparql", "application/x-www-form-urlencoded",
                "query=" + SELECT + "&callback=alert");
        TestServeHttp.assertError(form, 400, "'callback' is not accepted");
    }

    /** Before: answers of /diplograph/* carried neither. */
    @Test
    void everyAnswerCarriesNosniffAndAContentSecurityPolicy() {
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(running.get("diplograph/sparql?query=" + SELECT, "application/sparql-results+json"));
        answers.add(running.get("diplograph/sparql?query=" + SELECT, "application/sparql-results+xml"));
        answers.add(running.get("diplograph/sparql?query=" + TestServeHttp.enc("SELECT * {"), null));   // 400 from Fuseki
        answers.add(running.get("diplograph/data?graph=" + TestServeHttp.enc(TestServeHttp.TALKS), "text/turtle"));
        answers.add(running.get("diplograph/data?graph=urn:x:none", "text/turtle"));                      // 404 from Fuseki
        answers.add(running.post("diplograph/update", "application/sparql-update", "DROP ALL"));           // refused
        answers.add(running.get("api/stats", null));
        answers.add(running.get("api/nosuch", null));
        answers.add(running.get("no/such/page", null));                                                    // 404 from Jetty
        answers.add(running.get("$/ping", null));
        answers.add(running.get("app/app.js", null));
        answers.add(running.get("", null));
        answers.add(running.get("api/stats?callback=x", null));                                            // the guard's own
        for (HttpResponse<String> r : answers) {
            String what = r.request().method() + " " + r.uri() + " -> " + r.statusCode();
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        }
        String pageCsp = answers.get(answers.size() - 2).headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(pageCsp.startsWith("default-src 'self'"), "the page keeps its own policy: " + pageCsp);
    }

    /** Before: TRACE echoed the request, headers included, on / and /$/ping. */
    @Test
    void traceIsRefused() throws Exception {
        for (String path : List.of("", "$/ping", "diplograph/sparql", "api/stats")) {
            HttpResponse<String> r = RunningServer.send(HttpRequest.newBuilder(running.uri(path))
                    .header("X-Secret", "token-123").method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(405, r.statusCode(), path);
            assertFalse(r.body().contains("token-123"), r.body());
        }
    }

    /** Before: any Host was answered, so a page whose name was rebound to 127.0.0.1 could read the store. */
    @Test
    void onLoopbackTheHostHeaderMustNameThisMachine() {
        int port = running.server.port();
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.nip.io:" + port, "10.0.0.1:" + port,
                "localhost.evil.example"))
            assertTrue(raw("GET", "/api/stats", host).startsWith("HTTP/1.1 403"), host);
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port, "127.0.0.2"))
            assertTrue(raw("GET", "/api/stats", host).startsWith("HTTP/1.1 200"), host);
    }

    /** Before: a 20 MB query of one comment was parsed for 188 s (over 600 s on a busy machine) before any limit. */
    @Test
    void queriesLargerThanTheLimitAreRefusedBeforeParsing() throws Exception {
        String comment = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x".repeat(20 << 20);
        long start = System.nanoTime();
        // As curl does for large bodies: headers with "Expect: 100-continue", then the answer before any body (on a
        // raw connection: the JDK 17 HTTP client can wait forever for a 100 that a refusal never sends).
        String big = raw("POST", "/diplograph/sparql", "127.0.0.1", "Content-Type: application/sparql-query\r\n"
                + "Expect: 100-continue\r\nContent-Length: " + comment.length() + "\r\n", "");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(big.startsWith("HTTP/1.1 413"), big);
        assertTrue(big.contains("larger than the 262144 bytes allowed for a query"), big);
        assertTrue(seconds < 20, "refused before parsing: " + seconds + " s");

        String longUrl = "diplograph/sparql?query=" + SELECT + TestServeHttp.enc(" #" + "x".repeat(300 << 10));
        assertEquals(414, running.get(longUrl, null).statusCode());
        String form = "query=" + TestServeHttp.enc(comment.substring(0, 300 << 10));
        TestServeHttp.assertError(running.post("diplograph/sparql", "application/x-www-form-urlencoded", form), 413, "larger");

        String chunked = raw("POST", "/diplograph/sparql", "127.0.0.1",
                "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n", "5\r\nASK{}\r\n0\r\n\r\n");
        assertTrue(chunked.startsWith("HTTP/1.1 411"), chunked);

        String justUnder = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x".repeat(200 << 10);
        assertEquals(200, running.post("diplograph/sparql", "application/sparql-query", justUnder).statusCode());
    }

    @Test
    void aRefusalIsJsonWithTheReason() throws Exception {
        JsonNode body = TestServeHttp.json(running.get("api/stats?stylesheet=x", null));
        assertEquals(400, body.get("status").asInt());
        assertEquals("the parameter 'stylesheet' is not accepted", body.get("error").asText());
    }

    /** One request on a raw connection, with a Host header of our choice (Java's HTTP client does not allow one). */
    static String raw(String method, String path, String host) {
        return raw(method, path, host, "", "");
    }

    static String raw(String method, String path, String host, String headers, String body) {
        try (Socket socket = new Socket("127.0.0.1", running.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String request = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers
                    + (body.isEmpty() || headers.contains("Transfer-Encoding") ? "" : "Content-Length: " + body.length() + "\r\n")
                    + "Connection: close\r\n\r\n" + body;
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
