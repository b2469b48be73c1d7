package org.diplograph.pipeline;

/** Told about progress of a long run; the CLI draws a bar on a terminal and logs lines otherwise. */
public interface ProgressListener {
    ProgressListener NONE = (done, failed) -> { };

    /**
     * About how many articles (and unreadable inputs) the run will be done with; -1 when unknown (stdin). Told
     * before the first article, then again when reading finds more, and when reading ends.
     */
    default void expected(long articles) {
    }

    /** Called as articles are done (stored, skipped or failed), with the running totals. */
    void progress(long articlesDone, long articlesFailed);
}
