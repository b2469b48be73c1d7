package org.diplograph.gazetteer;

/** Runtime exception of the gazetteer: a table could not be read, or a row of it is malformed. */
public class GazetteerException extends RuntimeException {
    public GazetteerException(String message) { super(message); }

    public GazetteerException(String message, Throwable cause) { super(message, cause); }
}
