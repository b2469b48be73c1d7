package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.diplograph.TestFixtures;
import org.diplograph.pipeline.IngestJob;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.pipeline.IngestSummary;
import org.diplograph.pipeline.ProgressListener;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.StoreStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --endpoint}: the same ingest and queries through a real Fuseki server, run as a process of its own on a
 * free localhost port, give the same graph as the embedded store.
 */
class TestRemoteStore {

    @Test
    void ingestAndQueryThroughFusekiMatchTheEmbeddedStore(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (FusekiProcess fuseki = FusekiProcess.start(dir, port);
             GraphStore remote = GraphStore.remote(fuseki.datasetUrl());
             GraphStore local = GraphStore.embedded(TestFixtures.seedStore())) {
            IngestJob job = new IngestJob(TestFixtures.extractor(), remote, IngestOptions.defaults(), ProgressListener.NONE);
            IngestSummary first = job.run(List.of(TestFixtures.SEED.toString()));
            assertEquals(2, first.stored());
            long triples = StoreStatistics.tripleCount(remote);
            assertEquals(StoreStatistics.tripleCount(local), triples, "same graph remotely and locally");

            IngestSummary again = job.run(List.of(TestFixtures.SEED.toString()));
            assertEquals(2, again.unchanged(), "unchanged articles are recognised on the remote store too");
            assertEquals(triples, StoreStatistics.tripleCount(remote));

            var rows = QueryRunner.select(remote, NamedQueries.builtIn("country-mentions"), Map.of("country", "PK"));
            assertTrue(rows.size() >= 1);
            assertEquals(QueryRunner.select(local, NamedQueries.builtIn("country-mentions"), Map.of()).size(),
                    QueryRunner.select(remote, NamedQueries.builtIn("country-mentions"), Map.of()).size());
        }
    }
}
