package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.TestFixtures;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryParameter;
import org.diplograph.query.StoreStatistics;
import org.diplograph.reliability.StoreInspection.CliRun;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hostile values given to {@code diplograph query --param}: each is bound as one RDF term of the parameter's
 * type (or refused in one line, exit 2, when it is not of that type or not a country code the store knows), never
 * read as query text; the store is unchanged.
 */
class TestHostileQueryParameters {
    static final List<String> HOSTILE = List.of(
            "PK\" } DROP ALL #", "PK' || true || '", "}", "{", "#", "PK\n}\nDROP ALL\n", "DROP ALL",
            "DELETE WHERE { ?s ?p ?o }", ") } ; DELETE WHERE { ?s ?p ?o } #", "<http://x y>", "http://x y",
            "?x", "$_x", "\\", "\\\" }", "\"\"\"", "'''", "\r\n", "PK\u202e", "x".repeat(10_000),
            "SERVICE <http://localhost:1/> { ?s ?p ?o }", "} UNION { ?s ?p ?o");
    private static final String ECHO = """
            # echo: returns its parameters as they were bound
            # @param s string any text
            # @param d date   a date
            # @param i iri    an IRI
            # @param n integer a number
            SELECT ?s ?d ?i ?n WHERE { BIND($_s AS ?s) BIND($_d AS ?d) BIND($_i AS ?i) BIND($_n AS ?n) }
            """;

    @TempDir
    Path tmp;

    @Test
    void aStringParameterComesBackAsTheOneLiteralItWas() throws IOException {
        Path echo = Files.writeString(tmp.resolve("echo.rq"), ECHO);
        String store = TestFixtures.seedStore().toString();
        long before = triples();
        ObjectMapper json = new ObjectMapper();
        for (String value : HOSTILE) {
            CliRun run = CliRun.of("query", echo.toString(), "--store", store, "--param", "s=" + value, "--format", "json");
            assertEquals(0, run.exit(), printable(value) + ": " + run.err());
            JsonNode rows = json.readTree(run.out()).path("results").path("bindings");
            assertEquals(1, rows.size(), printable(value) + ": one row: " + run.out());
            assertEquals("literal", rows.get(0).path("s").path("type").asText(), printable(value));
            assertEquals(value, rows.get(0).path("s").path("value").asText(), "the value comes back unchanged");
            assertFalse(rows.get(0).has("i"), "other parameters stay unbound");
        }
        assertEquals(before, triples(), "the store is unchanged");
        System.out.println("hostile query parameters: " + HOSTILE.size() + " values each bound as one literal");
    }

    @Test
    void valuesNotOfTheDeclaredTypeAreRefusedInOneLine() throws IOException {
        Path echo = Files.writeString(tmp.resolve("echo.rq"), ECHO);
        String store = TestFixtures.seedStore().toString();
        int refused = 0;
        for (String value : HOSTILE) {
            for (String param : List.of("d", "i", "n")) {
                CliRun run = CliRun.of("query", echo.toString(), "--store", store, "--param", param + "=" + value);
                if (param.equals("i") && run.exit() == 0)
                    continue; // an absolute IRI, bound as one IRI term (checked below)
                assertEquals(2, run.exit(), "a usage error: " + param + "=" + printable(value) + ": " + run.out());
                assertTrue(run.err().startsWith("diplograph: parameter " + param + ": not "), run.err());
                assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
                refused++;
            }
        }
        for (String iri : List.of("http://x y", "http://x/>} DROP ALL", "<http://x>", "http://x\n}", "not an iri"))
            assertEquals(2, CliRun.of("query", echo.toString(), "--store", store, "--param", "i=" + iri).exit(), iri);
        CliRun ok = CliRun.of("query", echo.toString(), "--store", store, "--param", "i=urn:x:DROP%20ALL", "--format", "csv");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("urn:x:DROP%20ALL"), ok.out());
        System.out.println("hostile query parameters: " + refused + " ill-typed values refused in one line");
    }

    @Test
    void unknownParameterNamesAndUpdateQueriesAreRefused() throws IOException {
        String store = TestFixtures.seedStore().toString();
        long before = triples();
        CliRun name = CliRun.of("query", "country-mentions", "--store", store, "--param", "country } DROP ALL #=PK");
        assertEquals(2, name.exit());
        assertTrue(name.err().contains("has no parameter \"country } DROP ALL #\""), name.err());
        Path drop = Files.writeString(tmp.resolve("drop.rq"), "# drop: not a query\nDROP ALL\n");
        CliRun update = CliRun.of("query", drop.toString(), "--store", store);
        assertEquals(1, update.exit(), update.out());
        assertEquals(1, update.err().lines().count(), update.err());
        assertEquals(before, triples(), "the store is unchanged");
    }

    @Test
    void everyBuiltInQueryTakesHostileValuesForEveryParameter() {
        String store = TestFixtures.seedStore().toString();
        long before = triples();
        int runs = 0;
        for (String name : NamedQueries.BUILT_IN) {
            NamedQuery query = NamedQueries.builtIn(name);
            int all = rows(CliRun.of("query", name, "--store", store, "--format", "tsv"));
            for (QueryParameter param : query.parameters()) {
                for (String value : HOSTILE) {
                    CliRun run = CliRun.of("query", name, "--store", store, "--param", param.name() + "=" + value,
                            "--format", "tsv");
                    runs++;
                    String what = name + " " + param.name() + "=" + printable(value);
                    if (param.type() == QueryParameter.Type.STRING) {
                        assertEquals(0, run.exit(), what + ": " + run.err());
                        assertTrue(rows(run) <= all, what + ": a parameter only narrows the answer");
                    } else if (run.exit() != 0) {
                        // A country code the store does not know, or a value not of the type: a usage error.
                        assertEquals(2, run.exit(), what);
                        assertEquals(1, run.err().lines().count(), what + ": one line: " + run.err());
                    }
                }
            }
        }
        assertEquals(before, triples(), "the store is unchanged");
        System.out.println("hostile query parameters: " + runs + " runs of the built-in queries, store unchanged");
    }

    private static int rows(CliRun run) {
        assertEquals(0, run.exit(), run.err());
        return (int) run.out().lines().count() - 1;
    }

    private static long triples() {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            return StoreStatistics.tripleCount(store);
        }
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }
}
