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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default: an Apache Jena TDB2 database in a folder, changed only inside write transactions. */
final class TdbGraphStore implements GraphStore {
    private static final Logger LOG = LoggerFactory.getLogger(TdbGraphStore.class);
    /** How often (in write transactions) to look at the folder's size. */
    private static final int CHECK_EVERY_WRITES = 64;
    /**
     * Copy-on-write leaves replaced blocks behind; a long ingest compacts when the folder has grown past this many
     * times its size after the last compaction (and by at least {@link #MIN_GROWTH_BYTES}), so that its disk use
     * stays a bounded multiple of the live data (100,000 articles in 3,125 transactions grew a folder to 71 GB).
     */
    private static final double GROWTH_FACTOR = 3;
    private static final long MIN_GROWTH_BYTES = 1L << 30;

    private final Path directory;
    private final double growthFactor;
    private final long minGrowthBytes;
    private final Dataset dataset;
    private final RDFConnection connection;
    private long writes;
    private long compactedSize = -1;

    private TdbGraphStore(Path directory, Dataset dataset, double growthFactor, long minGrowthBytes) {
        this.directory = directory;
        this.growthFactor = growthFactor;
        this.minGrowthBytes = minGrowthBytes;
        this.dataset = dataset;
        this.connection = RDFConnection.connect(dataset);
    }

    static TdbGraphStore open(Path directory) {
        return open(directory, GROWTH_FACTOR, MIN_GROWTH_BYTES);
    }

    /** With other growth thresholds, for tests. */
    static TdbGraphStore open(Path directory, double growthFactor, long minGrowthBytes) {
        try {
            Files.createDirectories(directory);
            Dataset dataset = TDB2Factory.connectDataset(directory.toString());
            // Queries see every article graph (and the country graph) as one default graph.
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new TdbGraphStore(directory, dataset, growthFactor, minGrowthBytes);
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
        if (++writes % CHECK_EVERY_WRITES == 0)
            compactIfGrown();
    }

    private void compactIfGrown() {
        long size = folderSize();
        if (compactedSize < 0)
            compactedSize = size;
        else if (size > growthFactor * compactedSize && size - compactedSize > minGrowthBytes) {
            LOG.info("compacting {}: {} MB after {} write transactions", directory, size >> 20, writes);
            compact();
        }
    }

    private long folderSize() {
        return FolderSize.of(directory);
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
        compactedSize = folderSize();
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
