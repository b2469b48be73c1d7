package org.diplograph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.diplograph.TestFixtures;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.rdf.CountryGraph;
import org.diplograph.rdf.ProjectResources;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.store.GraphStore;

/**
 * Stores for the serve tests, made once per JVM: the hand-written facts of {@code serve/fixture.trig} (meetings,
 * statements, relations) with the reference graphs, alone (fast, no CoreNLP) or together with the seed store's
 * graphs. Tests read them; tests that write make their own.
 */
public final class ServeFixtures {
    private static Path fixtureStore;
    private static Path seedAndFixtureStore;

    private ServeFixtures() {
    }

    public static synchronized Path fixtureStore() {
        if (fixtureStore == null) {
            Map<String, Model> graphs = referenceGraphs();
            graphs.putAll(fixtureGraphs());
            fixtureStore = newStore("diplograph-serve-fixture", graphs);
        }
        return fixtureStore;
    }

    static synchronized Path seedAndFixtureStore() {
        if (seedAndFixtureStore == null) {
            Map<String, Model> graphs;
            try (GraphStore seed = GraphStore.embedded(TestFixtures.seedStore())) {
                graphs = copyOfGraphs(seed.embeddedDataset().orElseThrow());
            }
            graphs.putAll(fixtureGraphs());
            seedAndFixtureStore = newStore("diplograph-serve-seed", graphs);
        }
        return seedAndFixtureStore;
    }

    /** The countries and the ontology, as an ingest stores them. */
    public static Map<String, Model> referenceGraphs() {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(DG.countriesGraph.getURI(), CountryGraph.of(CountryTable.standard()));
        graphs.put(ProjectResources.ONTOLOGY_GRAPH, ProjectResources.ontology());
        return graphs;
    }

    static Map<String, Model> fixtureGraphs() {
        Dataset dataset = DatasetFactory.create();
        try (InputStream in = ServeFixtures.class.getResourceAsStream("/serve/fixture.trig")) {
            RDFDataMgr.read(dataset, in, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copyOfGraphs(dataset);
    }

    /** A new TDB2 store in a temp folder holding {@code graphs}. */
    public static Path newStore(String prefix, Map<String, Model> graphs) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            try (GraphStore store = GraphStore.embedded(dir)) {
                store.replaceGraphs(graphs);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temp folder left behind is harmless.
        }
    }

    private static Map<String, Model> copyOfGraphs(Dataset dataset) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> dataset.listModelNames().forEachRemaining(name ->
                graphs.put(name.getURI(), ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)))));
        return graphs;
    }
}
