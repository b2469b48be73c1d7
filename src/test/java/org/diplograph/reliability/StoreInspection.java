package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.cli.DiplographCommand;
import org.diplograph.rdf.ProjectResources;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.store.GraphStore;

import picocli.CommandLine;

/**
 * What a TDB2 store folder holds, read in this JVM and then let go (TDB2 keeps one connection per folder and JVM,
 * holding the folder's lock file, so another process can open the folder only after {@link #close}).
 */
final class StoreInspection implements AutoCloseable {
    private static final String TRIPLES_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    private static final String HASHES_PER_GRAPH = "SELECT ?g (COUNT(?h) AS ?n) WHERE { GRAPH ?g { ?g <"
            + DG.contentHash.getURI() + "> ?h } } GROUP BY ?g";

    private final Path dir;
    private final DatasetGraph dataset;

    /** Opens the store; whatever goes wrong opening it is thrown. */
    StoreInspection(Path dir) {
        this.dir = dir;
        this.dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
    }

    /** Triples in each named graph. */
    Map<String, Long> triplesPerGraph() {
        return countPerGraph(TRIPLES_PER_GRAPH);
    }

    /** How many dg:contentHash values each graph gives its own name (its article node): 1 for a whole article. */
    Map<String, Long> contentHashesPerGraph() {
        return countPerGraph(HASHES_PER_GRAPH);
    }

    /** Triples in each named graph of the store a server serves at {@code endpoint} (its dataset URL), over HTTP. */
    static Map<String, Long> triplesPerGraph(String endpoint) {
        try (GraphStore remote = GraphStore.remote(endpoint)) {
            return remote.read(conn -> {
                try (QueryExecution exec = conn.query(TRIPLES_PER_GRAPH)) {
                    return countPerGraph(exec);
                }
            });
        }
    }

    private Map<String, Long> countPerGraph(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                return countPerGraph(exec);
            }
        });
    }

    private static Map<String, Long> countPerGraph(QueryExecution exec) {
        Map<String, Long> counts = new TreeMap<>();
        exec.execSelect().forEachRemaining(row -> counts.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        return counts;
    }

    /** A copy of every named graph, by name. */
    Map<String, Model> graphs() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Model> graphs = new TreeMap<>();
            dataset.listGraphNodes().forEachRemaining(name -> {
                Model copy = ModelFactory.createDefaultModel();
                dataset.getGraph(name).find().forEachRemaining(copy.getGraph()::add);
                graphs.put(name.getURI(), copy);
            });
            return graphs;
        });
    }

    /**
     * Checks a store folder after a kill and returns how many whole articles it holds: it opens, validates, and each
     * of its graphs is a graph of the reference (a clean ingest of the same articles) with the reference's triple
     * count, with one content hash on each article node. A half-written graph would have fewer triples, a doubled
     * one more, an orphan graph would not be in the reference.
     */
    static long checkWhole(Path store, Map<String, Long> reference, String when) {
        StoreInspection inspection;
        try {
            inspection = new StoreInspection(store);
        } catch (RuntimeException e) {
            throw new AssertionError("the store does not open after " + when + ": " + e, e);
        }
        try (inspection) {
            Map<String, Long> triples = inspection.triplesPerGraph();
            Map<String, Long> hashes = inspection.contentHashesPerGraph();
            long whole = 0;
            for (Map.Entry<String, Long> graph : triples.entrySet()) {
                String name = graph.getKey();
                assertTrue(reference.containsKey(name), "a graph the clean ingest does not have, " + name + ", after " + when);
                assertEquals(reference.get(name), graph.getValue(), "triples in " + name + " after " + when);
                if (!isReferenceGraph(name)) {
                    assertEquals(1L, hashes.getOrDefault(name, 0L), "content hashes of the article node of " + name
                            + " after " + when);
                    whole++;
                }
            }
            CliRun validate = inspection.validate();
            assertEquals(0, validate.exit(), "diplograph validate after " + when + ":\n" + validate.out() + validate.err());
            return whole;
        }
    }

    /** The countries and the ontology, which every ingest writes first. */
    static boolean isReferenceGraph(String name) {
        return name.equals(DG.countriesGraph.getURI()) || name.equals(ProjectResources.ONTOLOGY_GRAPH);
    }

    /** {@code diplograph validate --store DIR}, run in this JVM: the exit code and what it printed. */
    CliRun validate() {
        return CliRun.of("validate", "--store", dir.toString());
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }

    /** True when a TDB2 journal in the folder holds a commit that was not finished (a kill during commit). */
    static boolean journalPending(Path dir) {
        if (!Files.isDirectory(dir))
            return false;   // killed before the store was created: no journal
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jrnl")).anyMatch(p -> {
                try {
                    return Files.size(p) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run of the command line in this JVM. */
    record CliRun(int exit, String out, String err) {
        static CliRun of(String... args) {
            CommandLine cl = DiplographCommand.commandLine();
            StringWriter out = new StringWriter(), err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int exit = cl.execute(args);
            return new CliRun(exit, out.toString(), err.toString());
        }
    }
}
