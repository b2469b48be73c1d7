package org.diplograph.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * Where the graph lives: an embedded TDB2 database or a remote SPARQL 1.1 endpoint, behind one interface.
 * Each article's facts are a named graph; queries see the union of all graphs as the default graph.
 */
public interface GraphStore extends AutoCloseable {

    /** The embedded TDB2 store in {@code directory}, created if absent. */
    static GraphStore embedded(Path directory) {
        return TdbGraphStore.open(directory);
    }

    /** A remote SPARQL 1.1 server (query, update, Graph Store Protocol) at the dataset URL. */
    static GraphStore remote(String datasetUrl) {
        return RemoteGraphStore.connect(datasetUrl, null);
    }

    /** As {@link #remote(String)}, sending {@code credentials} when the server asks for them (null: none). */
    static GraphStore remote(String datasetUrl, EndpointCredentials credentials) {
        return RemoteGraphStore.connect(datasetUrl, credentials);
    }

    /** Replaces each named graph by its model, all in one transaction (one request for a remote store). */
    void replaceGraphs(Map<String, Model> graphs);

    /** For each of {@code graphNames} already stored, the value of {@code property} on the graph's subject. */
    Map<String, String> storedValues(Collection<String> graphNames, String propertyIri);

    /** Runs {@code action} with a connection inside a read transaction where the store has them. */
    <T> T read(Function<RDFConnection, T> action);

    /**
     * Reclaims the space of replaced data. TDB2 writes copy-on-write, so every write transaction leaves old
     * blocks behind until compaction: an ingest of many batches grows the folder far beyond its live data (the
     * embedded store also compacts by itself when its folder has grown a few times over during a long run).
     * A no-op for remote stores.
     */
    default void compact() {
    }

    /** The embedded dataset, for serving it in the same JVM (Fuseki); empty for a remote store. */
    default Optional<Dataset> embeddedDataset() {
        return Optional.empty();
    }

    /** A human-readable description: the folder or the URL. */
    String describe();

    @Override
    void close();
}
