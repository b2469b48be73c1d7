package org.diplograph.rdf;

import java.time.Instant;
import java.util.UUID;

import org.diplograph.extract.Extractor;

/**
 * One invocation of the extractor (a {@code prov:Activity}): which version ran and when. Every fact names the
 * run that produced it.
 */
public record ExtractionRun(String iri, Instant started, String toolVersion) {
    public static ExtractionRun start() {
        return new ExtractionRun(Iris.run(UUID.randomUUID().toString()), Instant.now(), Extractor.VERSION);
    }
}
