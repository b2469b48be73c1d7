package org.diplograph.ingest;

/**
 * Why an input (or one part of it) could not be read as an article. Reported, never thrown: the rest of the
 * batch goes on.
 *
 * @param path     the file, or {@code "-"} for stdin
 * @param location where in the file ("line 17", "byte 4096"); empty when the whole file is concerned
 * @param message  one line saying what is wrong
 */
public record ReadProblem(String path, String location, String message) {
    @Override
    public String toString() {
        return location.isEmpty() ? path + ": " + message : path + ":" + location + ": " + message;
    }
}
