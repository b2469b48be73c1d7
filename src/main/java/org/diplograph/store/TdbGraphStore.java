package org.diplograph.store;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
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
            if (isAbsentOrEmpty(directory))
                create(directory);
            Dataset dataset = TDB2Factory.connectDataset(directory.toString());
            // Queries see every article graph (and the country graph) as one default graph.
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new TdbGraphStore(directory, dataset, growthFactor, minGrowthBytes);
        } catch (Exception e) {
            throw new StoreException("cannot open the TDB2 store in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean isAbsentOrEmpty(Path directory) throws IOException {
        if (!Files.exists(directory))
            return true;
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Creates a new database beside {@code directory} and renames it into place once its first transaction is on
     * disk. TDB2 writes a new database's files outside any transaction, so a process killed while creating one left
     * blocks of zeros behind ("No known block type for 0" on the next open; TestCrashSafety found it, the kill 7.5 s
     * into a first ingest on a loaded machine): now a folder is either absent, empty, or a whole database.
     */
    private static void create(Path directory) throws IOException {
        Path target = directory.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path staging = target.resolveSibling("." + target.getFileName() + ".creating");
        deleteTree(staging); // left by a creation killed before
        DatasetGraph created = DatabaseMgr.connectDatasetGraph(staging.toString());
        Txn.executeWrite(created, () -> created.getDefaultGraph().size());
        TDBInternal.expel(created);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE); // replaces an empty folder on POSIX
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            Files.delete(target); // empty, as checked: where a rename does not replace it
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root))
            return;
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
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
