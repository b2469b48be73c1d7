package org.diplograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;

/** The embedded default: an Apache Jena TDB2 database in a folder, changed only inside write transactions. */
final class TdbGraphStore implements GraphStore {
    private final Path directory;
    private final Dataset dataset;
    private final RDFConnection connection;

    private TdbGraphStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
        this.connection = RDFConnection.connect(dataset);
    }

    static TdbGraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            Dataset dataset = TDB2Factory.connectDataset(directory.toString());
            // Queries see every article graph (and the country graph) as one default graph.
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new TdbGraphStore(directory, dataset);
        } catch (Exception e) {
            throw new StoreException("cannot open the TDB2 store in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Dataset> embeddedDataset() {
        return Optional.of(dataset);
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((name, model) -> {
            Model target = dataset.getNamedModel(name);
            target.removeAll();
            target.add(model);
        }));
    }

    @Override
    public Map<String, String> storedValues(Collection<String> graphNames, String propertyIri) {
        return read(conn -> StoredValues.lookup(conn, graphNames, propertyIri));
    }

    @Override
    public <T> T read(Function<RDFConnection, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(connection));
    }

    @Override
    public void compact() {
        // Deletes the old generation: nothing else may hold the database (the serve command does not compact).
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    @Override
    public String describe() {
        return "TDB2 store " + directory.toAbsolutePath();
    }

    @Override
    public void close() {
        connection.close();
        dataset.close();
    }
}
