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
        return new IngestOptions(32, false, 200_000, Runtime.getRuntime().availableProcessors(), 120);
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
