/**
 * Vocabulary classes named after their prefix, Jena style: {@code DG} ({@code dg:}, ontology/diplograph.ttl),
 * {@code PROV}, {@code NIF}, {@code SCHEMA}. One constant per term, spelled as its local name ('-' as '_':
 * {@code DG.mode_visit}); TestVocabulary checks that every {@code dg:} constant is declared in the ontology.
 */
package org.diplograph.rdf.vocabulary;
