package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.query.StoreStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new TDB2 store is created beside its folder and renamed into place whole, so that a process killed while
 * creating it leaves no half-written database behind (TestCrashSafety kills real ingests at random moments).
 */
class TestStoreCreation {

    @Test
    void aCreationKilledBeforeLeavesNothingTheNextOpenTrips(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        // What a creation killed half-way leaves: the staging folder with a database file of zero blocks.
        Path staging = dir.resolve(".store.creating/Data-0001");
        Files.createDirectories(staging);
        Files.write(staging.resolve("SPO.bpt"), new byte[8192]);
        try (TdbGraphStore opened = TdbGraphStore.open(store)) {
            opened.replaceGraphs(Map.of("urn:x:a", oneTriple()));
            assertEquals(1, StoreStatistics.tripleCount(opened));
        }
        assertFalse(Files.exists(dir.resolve(".store.creating")), "the staging folder is gone");
        try (GraphStore reopened = GraphStore.embedded(store)) {
            assertEquals(1, StoreStatistics.tripleCount(reopened), "and the store reopens whole");
        }
    }

    @Test
    void anEmptyFolderBecomesAStoreAndAStoreIsOpenedWhereItIs(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectories(dir.resolve("empty"));
        try (TdbGraphStore opened = TdbGraphStore.open(store)) {
            opened.replaceGraphs(Map.of("urn:x:a", oneTriple()));
        }
        try (var entries = Files.list(store)) {
            assertTrue(entries.anyMatch(p -> p.getFileName().toString().equals("Data-0001")), "a database in the folder");
        }
        try (TdbGraphStore again = TdbGraphStore.open(store)) {
            assertEquals(1, StoreStatistics.tripleCount(again), "opened, not created again");
        }
    }

    private static Model oneTriple() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("urn:x:s").addProperty(RDFS.label, "s");
        return m;
    }
}
