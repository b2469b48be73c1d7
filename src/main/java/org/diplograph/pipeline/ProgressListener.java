package org.diplograph.pipeline;

/** Told about progress of a long run; the CLI draws a bar on a terminal and logs lines otherwise. */
public interface ProgressListener {
    ProgressListener NONE = (done, failed) -> { };

    /** Called once before the first article with about how many the input holds; -1 when unknown (stdin). */
    default void start(long expectedArticles) {
    }

    /** Called as articles are done (stored, skipped or failed), with the running totals. */
    void progress(long articlesDone, long articlesFailed);
}
