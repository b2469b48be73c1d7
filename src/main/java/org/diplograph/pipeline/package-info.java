/**
 * The ingest job: read → skip unchanged → extract → build graphs → write, in batches, with extraction on a pool of
 * threads under a time limit per article and one writer to the store ({@link org.diplograph.pipeline.IngestJob}).
 */
package org.diplograph.pipeline;
