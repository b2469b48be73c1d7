package org.diplograph.query;

/** A named query is missing, malformed, or was given a bad parameter. */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
