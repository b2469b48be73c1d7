package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.TestFixtures;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.Test;

/** officials.rq answers "who are Pakistan's officials in the store", with titles and sources. */
class TestOfficialsQuery {
    @Test
    void pakistansOfficialsWithTitlesAndSources() {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            ResultSetRewindable rows = QueryRunner.select(store, NamedQueries.builtIn("officials"), Map.of("country", "PK"));
            Set<String> found = new TreeSet<>();
            rows.forEachRemaining(row -> {
                found.add(row.getLiteral("name").getString() + " | " + row.getLiteral("title").getString());
                assertEquals("PK", row.getLiteral("countryCode").getString());
                assertTrue(row.get("source").toString().endsWith("arabnews-seed.txt"), row.get("source").toString());
                assertTrue(row.get("person").asResource().getURI().endsWith("/person/pk/" + row.getLiteral("name")
                        .getString().toLowerCase().replace(' ', '-')));
            });
            assertEquals(Set.of("Mohammed Faisal | Spokesperson", "Nasser Khan Janjua | National Security Adviser"), found);
        }
    }

    @Test
    void analystsAreNotListed() {
        try (GraphStore store = GraphStore.embedded(TestFixtures.seedStore())) {
            ResultSetRewindable rows = QueryRunner.select(store, NamedQueries.builtIn("officials"), Map.of());
            rows.forEachRemaining(row -> assertTrue(!row.getLiteral("name").getString().contains("Cheema")
                    && !row.getLiteral("name").getString().contains("Shoaib")));
        }
    }
}
