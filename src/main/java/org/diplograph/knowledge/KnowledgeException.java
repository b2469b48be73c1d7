package org.diplograph.knowledge;

/** Runtime exception of the knowledge tables: a table could not be read, or a row of it is malformed. */
public class KnowledgeException extends RuntimeException {
    public KnowledgeException(String message) { super(message); }

    public KnowledgeException(String message, Throwable cause) { super(message, cause); }
}
