/**
 * The ingest job: read → skip unchanged → admit (too long: failed; another language: skipped; mostly tables or
 * lists: warned; {@link org.diplograph.pipeline.Admission}) → extract → build graphs → write, in batches, with
 * extraction on a pool of threads under a time limit per article and one writer to the store
 * ({@link org.diplograph.pipeline.IngestJob}), telling a {@link org.diplograph.pipeline.ProgressListener} as it goes.
 */
package org.diplograph.pipeline;
