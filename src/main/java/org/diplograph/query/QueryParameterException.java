package org.diplograph.query;

/**
 * What a user asked for is not there: no query of that name, no parameter of that name, a value not of the
 * parameter's type or not known to the store. A usage error: the command line exits 2, the HTTP API answers 400.
 */
public class QueryParameterException extends QueryException {
    public QueryParameterException(String message) {
        super(message);
    }
}
