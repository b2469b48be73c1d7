/**
 * Time expressions: the TIMEX3 values SUTime gave (run by the NLP engine, {@code extract.nlp}), corrected by
 * general rules of English ({@link org.diplograph.extract.time.TimeCorrections}), and
 * {@link org.diplograph.extract.time.TimeStage} (requires TOKENS, produces TIMES) with the calendar range of each
 * value.
 */
package org.diplograph.extract.time;
