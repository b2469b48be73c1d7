/**
 * Time expressions: SUTime run only around words that can name a date
 * ({@link org.diplograph.extract.time.SelectiveTimeTagger}, used by the NLP engine), its TIMEX3 values corrected by
 * general rules of English ({@link org.diplograph.extract.time.TimeCorrections}), and
 * {@link org.diplograph.extract.time.TimeStage} (requires TOKENS, produces TIMES) with the calendar range of each
 * value.
 */
package org.diplograph.extract.time;
