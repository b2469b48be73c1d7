package org.diplograph.ingest;

/**
 * Unchecked exception of the ingest subsystem: "this document cannot be read, and here is why". Readers throw it;
 * {@link ArticleSources} turns it into a {@link ReadProblem}, so a batch never stops because of one bad file.
 */
public class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
