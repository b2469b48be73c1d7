package org.diplograph.extract;

/** Extraction of one article failed; the batch goes on without it. */
public class ExtractionException extends RuntimeException {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
