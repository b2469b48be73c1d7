package org.diplograph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.jena.sys.JenaSystem;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryParameter;
import org.diplograph.rdf.vocabulary.DG;

/**
 * What the load test sends: a built-in named query with random values for its parameters (every required one, each
 * optional one half the time), either as {@code GET /api/NAME?…} or, with the values bound into the query text by
 * {@link NamedQuery#boundText}, as {@code POST /diplograph/sparql}; or a deliberately heavy query ({@link #heavy}).
 */
final class RandomQueryRequests {
    /** Which way a request goes, and what a good answer is. */
    enum Route { API, SPARQL }

    /** One request: its route, the query's name (for the per-query figures) and the HTTP request. */
    record Request(Route route, String query, HttpRequest http) {
        String label() {
            return (route == Route.API ? "api/" : "sparql ") + query;
        }
    }

    private static final List<String> COUNTRIES = List.of("GB", "US", "FR", "DE", "RU", "CN", "IN", "PK", "IR", "IQ",
            "IL", "UA", "JP", "ZA", "BR", "TR", "SA", "EG");
    private static final List<String> NAMES = List.of("blair", "brown", "bush", "howard", "straw", "kennedy", "putin",
            "chirac", "rubio", "khan", "sharif", "lavrov");
    private static final List<String> STATUSES = List.of("occurred", "planned", "hypothetical", "negated", "any");

    private final URI root;
    private final Duration timeout;
    private final List<NamedQuery> queries = NamedQueries.BUILT_IN.stream().map(NamedQueries::builtIn).toList();

    /** Requests to the server at {@code root} (its page's URL, e.g. {@code http://127.0.0.1:3030/}). */
    RandomQueryRequests(URI root, Duration timeout) {
        this.root = root;
        this.timeout = timeout;
        // Jena initializes itself on first use; its first use by many threads at once can deadlock in class
        // initialization (seen here: the clients hung in NodeFactory's static init), so it happens now, in one.
        JenaSystem.init();
    }

    Request next(Random random) {
        NamedQuery query = queries.get(random.nextInt(queries.size()));
        Map<String, String> values = values(query, random);
        if (random.nextBoolean()) {
            String params = values.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            URI uri = root.resolve("api/" + query.name() + (params.isEmpty() ? "" : "?" + params));
            return new Request(Route.API, query.name(), HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
        }
        return new Request(Route.SPARQL, query.name(), sparql(query.boundText(values)));
    }

    private HttpRequest sparql(String query) {
        return HttpRequest.newBuilder(root.resolve("diplograph/sparql")).timeout(timeout)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    /** A label of its own for {@link #heavy}'s requests in the per-query figures. */
    static final String HEAVY = "heavy (cross join)";
    /** Counts the rows of a four-way cross join of the store: it cannot end before any server's time limit. */
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    /** A deliberately heavy query, as SPARQL: the server's time limit should stop it with a 503. */
    Request heavy() {
        return new Request(Route.SPARQL, HEAVY, sparql(CROSS_JOIN));
    }

    private static Map<String, String> values(NamedQuery query, Random random) {
        Map<String, String> values = new LinkedHashMap<>();
        for (QueryParameter p : query.parameters())
            if (!p.description().contains("optional") || random.nextBoolean())
                values.put(p.name(), value(p, random));
        return values;
    }

    /** A value of the parameter's type; strings by what the parameter is (a country code, a status, a name). */
    private static String value(QueryParameter p, Random random) {
        return switch (p.type()) {
            case DATE -> LocalDate.of(1995 + random.nextInt(31), 1, 1).plusDays(random.nextInt(365)).toString();
            case IRI -> DG.ID + "article/" + Long.toHexString(random.nextLong());
            case INTEGER -> Integer.toString(random.nextInt(1000));
            case COUNTRY -> pick(COUNTRIES, random);
            case STRING -> p.description().contains("ISO 3166") ? pick(COUNTRIES, random)
                    : p.name().equals("status") ? pick(STATUSES, random) : pick(NAMES, random);
        };
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
