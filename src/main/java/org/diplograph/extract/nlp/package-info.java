/**
 * The one CoreNLP pipeline of the JVM ({@link org.diplograph.extract.nlp.NlpEngine}, profiles fast and full) and
 * the stage that runs it over an article ({@link org.diplograph.extract.nlp.AnnotationStage}, produces
 * {@link org.diplograph.extract.Layer#TOKENS}): tokens, sentences, parts of speech, lemmas, named-entity tags; and,
 * when the time stage asks ({@link org.diplograph.extract.nlp.NlpEngine#addSutime}), SUTime's time expressions, run
 * only around words that can name a date ({@link org.diplograph.extract.nlp.SelectiveTimeTagger}). Every later stage reads this annotation; none annotates
 * again.
 */
package org.diplograph.extract.nlp;
