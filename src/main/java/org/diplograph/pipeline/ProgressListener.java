package org.diplograph.pipeline;

/** Told about progress of a long run; the CLI draws a bar on a terminal and logs lines otherwise. */
public interface ProgressListener {
    ProgressListener NONE = (done, failed) -> { };

    /** Called after each batch with the running totals. */
    void progress(long articlesDone, long articlesFailed);
}
