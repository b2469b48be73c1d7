/**
 * From paths to {@link org.diplograph.facts.Article}s: {@link org.diplograph.ingest.ArticleSources} walks files,
 * folders and stdin, decodes bytes strictly ({@code TextDecoder}) and hands each document to the reader for its
 * format (plain text / news-page copy, JSON Lines, HTML). Everything is streamed into an
 * {@link org.diplograph.ingest.ArticleSink}; what cannot be read becomes a {@link org.diplograph.ingest.ReadProblem},
 * never an exception that stops the batch.
 */
package org.diplograph.ingest;
