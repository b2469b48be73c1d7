/**
 * Extraction: an {@link org.diplograph.ingest.Article} in, its {@link org.diplograph.facts.ArticleFacts} out.
 * {@link org.diplograph.extract.Extractor} runs {@link org.diplograph.extract.ExtractionStage}s in order over one
 * {@link org.diplograph.extract.ExtractionContext} per article, as CoreNLP's pipeline runs annotators; each stage
 * declares the {@link org.diplograph.extract.Layer}s it requires and produces, and the extractor checks the order
 * when it is built. The stages live in packages by family: {@code nlp} (CoreNLP), {@code entities} (countries,
 * names, organizations, places), {@code people} (who is who), {@code time}, {@code statements}, {@code meetings}
 * and {@code relations} (over the actors of {@code events}); {@code text} is the internal layer they share.
 */
package org.diplograph.extract;
