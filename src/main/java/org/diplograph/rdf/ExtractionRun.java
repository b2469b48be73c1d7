package org.diplograph.rdf;

import java.time.Instant;
import java.util.UUID;

/**
 * One invocation of the extractor (a {@code prov:Activity}): which version ran and when. Every fact names the
 * run that produced it.
 */
public record ExtractionRun(String iri, Instant started, String toolVersion) {
    /** A run of extractor version {@code toolVersion} ({@code Extractor.VERSION}) starting now, with a fresh IRI. */
    public static ExtractionRun start(String toolVersion) {
        return new ExtractionRun(Iris.run(UUID.randomUUID().toString()), Instant.now(), toolVersion);
    }
}
