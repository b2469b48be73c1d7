/**
 * Time expressions: HeidelTime's English news rules over CoreNLP's tokens and tags
 * ({@link org.diplograph.extract.time.HeidelTimeTagger}) corrected by measured rules of English news
 * ({@link org.diplograph.extract.time.HeidelTimeCorrections}), or SUTime's values (run by the NLP engine,
 * {@code extract.nlp}, when asked) corrected by {@link org.diplograph.extract.time.TimeCorrections}; the source is
 * {@link org.diplograph.extract.time.TimeExpressions#EXTRACTION}. {@link org.diplograph.extract.time.TimeStage}
 * (requires TOKENS, produces TIMES) adds the calendar range of each value.
 */
package org.diplograph.extract.time;
