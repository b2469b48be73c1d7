package org.diplograph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.diplograph.bench.RandomQueryRequests.Request;
import org.diplograph.bench.RandomQueryRequests.Route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A load test of a running {@code diplograph serve}: {@code clients} threads send named queries back to back for a
 * while ({@link RandomQueryRequests}: random parameters, through {@code /api/} and as SPARQL), and every answer is
 * checked; {@code heavyClients} of them send only a deliberately heavy query, which the server's time limit must
 * stop without the others failing. Good is a 200 with the JSON its route promises ({@code rows} and their {@code count} from {@code /api/},
 * {@code results.bindings} from SPARQL); a 503 saying the query timed out is the server's own time limit at work,
 * counted apart; anything else (another status, a dropped or refused connection, no answer within
 * {@link #REQUEST_TIMEOUT}) is a failure. Reports requests, failures, timeouts, latency p50/p99/max overall and per
 * query, the articles in the store before and after (an ingest may write meanwhile), and the machine's load.
 * Bounded: no request starts after the deadline, and each waits at most {@link #REQUEST_TIMEOUT}; a client still
 * busy well after that counts as a failure.
 */
public final class ServeLoadBenchmark {
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FAILURES_LISTED = 10;
    private static final String TIMED_OUT = "timed out";

    /** The figures of one run; {@code failureSamples} are the first failures, one line each. */
    public record Result(long requests, long failures, long timeouts, double seconds, double p50Ms, double p99Ms,
                         double maxMs, long articlesBefore, long articlesAfter, List<String> failureSamples) {
        /** Requests were answered, and none failed. */
        public boolean passed() {
            return requests > 0 && failures == 0;
        }
    }

    private final URI root;
    private final int clients, heavyClients;
    private final Duration duration;
    private final long seed;
    private final PrintWriter out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Against the server whose page is at {@code root} (e.g. {@code http://127.0.0.1:3030/}); {@code heavyClients}
     * of the {@code clients} send only the heavy query.
     */
    public ServeLoadBenchmark(URI root, int clients, int heavyClients, Duration duration, long seed, PrintWriter out) {
        if (clients < 1 || duration.isNegative() || duration.isZero() || heavyClients < 0 || heavyClients >= clients)
            throw new IllegalArgumentException("need at least one client sending named queries and a positive duration");
        this.root = root.toString().endsWith("/") ? root : URI.create(root + "/");
        this.clients = clients;
        this.heavyClients = heavyClients;
        this.duration = duration;
        this.seed = seed;
        this.out = out;
    }

    public Result run() throws InterruptedException {
        RandomQueryRequests requests = new RandomQueryRequests(root, REQUEST_TIMEOUT);
        double loadBefore = ResourceUsage.loadAverage();
        long articlesBefore = articles();
        Tally tally = new Tally();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            boolean heavy = i < heavyClients;
            pool.execute(() -> {
                while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                    Request request = heavy ? requests.heavy() : requests.next(random);
                    long sent = System.nanoTime();
                    String problem = send(request);
                    tally.add(request.label(), problem, (System.nanoTime() - sent) / 1e6);
                }
                finished.countDown();
            });
        }
        pool.shutdown();
        if (!finished.await(duration.plus(REQUEST_TIMEOUT).toSeconds() + 30, TimeUnit.SECONDS)) {
            tally.stuck(finished.getCount());
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Result result = tally.result(seconds, articlesBefore, articles());
        report(result, tally, loadBefore);
        return result;
    }

    /** Sends one request and judges the answer: null when good, {@link #TIMED_OUT}, or what went wrong. */
    private String send(Request request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.http(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        String body = response.body();
        if (response.statusCode() == 503 && body.contains(TIMED_OUT))
            return TIMED_OUT;
        if (response.statusCode() != 200)
            return "HTTP " + response.statusCode() + ": " + firstLine(body);
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode rows = request.route() == Route.API ? json.path("rows") : json.path("results").path("bindings");
            boolean whole = rows.isArray() && (request.route() == Route.SPARQL || json.path("count").asLong(-1) == rows.size());
            return whole ? null : "HTTP 200 without the expected JSON: " + firstLine(body);
        } catch (JsonProcessingException e) {
            return "HTTP 200, not JSON: " + e.getOriginalMessage();
        }
    }

    /** The articles in the store, from {@code /api/stats}. */
    private long articles() throws InterruptedException {
        HttpRequest stats = HttpRequest.newBuilder(root.resolve("api/stats")).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(stats, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200)
                throw new IllegalStateException(stats.uri() + " answered " + response.statusCode() + ": " + firstLine(response.body()));
            return JSON.readTree(response.body()).at("/rows/0/articles").asLong();
        } catch (IOException e) {
            throw new IllegalStateException("no diplograph server at " + root + ": " + e, e);
        }
    }

    private void report(Result r, Tally tally, double loadBefore) {
        out.printf("serve load: %d clients (%d of them sending only a heavy query) for %d s against %s (seed %d)%n",
                clients, heavyClients, duration.toSeconds(), root, seed);
        out.printf("  requests %d in %.1f s (%.0f/s): %d through /api/, %d as SPARQL; failures %d; timeouts (503, the "
                        + "server's limit) %d%n", r.requests(), r.seconds(), r.requests() / r.seconds(),
                tally.count("api/"), tally.count("sparql "), r.failures(), r.timeouts());
        out.printf("  latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.p50Ms(), r.p99Ms(), r.maxMs());
        out.printf("  %-32s %8s %9s %9s %9s %9s%n", "per query", "requests", "p50 ms", "p99 ms", "max ms", "timeouts");
        tally.millis.forEach((label, ms) -> {
            double[] sorted = Latencies.sorted(ms);
            out.printf("  %-32s %8d %9.1f %9.1f %9.1f %9d%n", label, sorted.length, Latencies.percentile(sorted, 0.5),
                    Latencies.percentile(sorted, 0.99), sorted[sorted.length - 1], tally.timeoutsOf(label));
        });
        out.printf("  articles in the store: %d before, %d after%n", r.articlesBefore(), r.articlesAfter());
        out.printf("  load average (1 min): %.1f before, %.1f after, on %d cores%n", loadBefore,
                ResourceUsage.loadAverage(), Runtime.getRuntime().availableProcessors());
        r.failureSamples().forEach(f -> out.println("  failed: " + f));
        out.flush();
    }

    private static String firstLine(String body) {
        String line = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("(empty body)").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** Latencies by request label, timeouts, failures and the first failures' messages, from all clients. */
    private static final class Tally {
        final Map<String, List<Double>> millis = new TreeMap<>();
        final Map<String, Long> timeoutsByLabel = new TreeMap<>();
        final List<String> failureSamples = new ArrayList<>();
        long timeouts, failures;

        synchronized void add(String label, String problem, double ms) {
            millis.computeIfAbsent(label, k -> new ArrayList<>()).add(ms);
            if (TIMED_OUT.equals(problem)) {
                timeouts++;
                timeoutsByLabel.merge(label, 1L, Long::sum);
            } else if (problem != null) {
                failures++;
                if (failureSamples.size() < FAILURES_LISTED)
                    failureSamples.add(label + ": " + problem);
            }
        }

        /** Clients that had not ended long after the deadline, each counted as a failure. */
        synchronized void stuck(long clients) {
            failures += clients;
            failureSamples.add(clients + " client(s) still busy " + REQUEST_TIMEOUT.plusSeconds(30).toSeconds()
                    + " s after the deadline");
        }

        synchronized long timeoutsOf(String label) {
            return timeoutsByLabel.getOrDefault(label, 0L);
        }

        synchronized long count(String labelPrefix) {
            return millis.entrySet().stream().filter(e -> e.getKey().startsWith(labelPrefix))
                    .mapToLong(e -> e.getValue().size()).sum();
        }

        synchronized Result result(double seconds, long articlesBefore, long articlesAfter) {
            double[] all = Latencies.sorted(millis.values().stream().flatMap(List::stream).toList());
            double max = all.length == 0 ? Double.NaN : all[all.length - 1];
            return new Result(all.length, failures, timeouts, seconds, Latencies.percentile(all, 0.5),
                    Latencies.percentile(all, 0.99), max, articlesBefore, articlesAfter, List.copyOf(failureSamples));
        }
    }
}
