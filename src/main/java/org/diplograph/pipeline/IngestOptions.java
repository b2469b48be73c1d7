package org.diplograph.pipeline;

/**
 * @param batchSize       articles per write transaction
 * @param force           re-extract articles already stored unchanged
 * @param maxArticleChars longer articles are refused with a clear message instead of stalling the batch
 */
public record IngestOptions(int batchSize, boolean force, int maxArticleChars) {
    public static IngestOptions defaults() {
        return new IngestOptions(32, false, 200_000);
    }

    public IngestOptions withForce(boolean force) {
        return new IngestOptions(batchSize, force, maxArticleChars);
    }
}
