package org.diplograph.pipeline;

/**
 * @param batchSize       articles per write transaction
 * @param force           re-extract articles already stored unchanged
 * @param maxArticleChars longer articles are refused with a clear message instead of stalling the batch
 * @param threads         extraction worker threads
 * @param timeoutSeconds  time limit for one article's extraction
 */
public record IngestOptions(int batchSize, boolean force, int maxArticleChars, int threads, int timeoutSeconds) {
    public static IngestOptions defaults() {
        return new IngestOptions(32, false, 200_000, defaultThreads(), 120);
    }

    /**
     * One extraction thread per core, and one more: the writer thread spends much of its time waiting for the
     * disk, and the extra thread fills that time (BBC politics on 2 cores, two runs each: 9.5 and 9.8 articles/s
     * with 2 threads, 9.7 and 10.6 with 3; docs/BENCHMARKS.md).
     */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    public IngestOptions withForce(boolean force) {
        return new IngestOptions(batchSize, force, maxArticleChars, threads, timeoutSeconds);
    }

    public IngestOptions withThreads(int threads) {
        return new IngestOptions(batchSize, force, maxArticleChars, threads, timeoutSeconds);
    }

    public IngestOptions withBatchSize(int batchSize) {
        return new IngestOptions(batchSize, force, maxArticleChars, threads, timeoutSeconds);
    }
}
