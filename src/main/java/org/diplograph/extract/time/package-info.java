/**
 * Time expressions: HeidelTime's English news rules over CoreNLP's tokens and tags
 * ({@link org.diplograph.extract.time.HeidelTimeTagger}) corrected by measured rules of English news
 * ({@link org.diplograph.extract.time.HeidelTimeCorrections}), or SUTime's values (run by the NLP engine,
 * {@code extract.nlp}, when asked) corrected by {@link org.diplograph.extract.time.TimeCorrections}; the source is
 * {@link org.diplograph.extract.time.TimeExpressions#EXTRACTION}. {@link org.diplograph.extract.time.TimeStage}
 * (requires TOKENS, produces TIMES) adds the calendar range of each value. HeidelTime's global state is kept in
 * bounds: its en_GB default locale only while it runs ({@link org.diplograph.extract.time.UkLocale}), its holiday
 * processor replaced ({@link org.diplograph.extract.time.OpenYearHolidays}).
 */
package org.diplograph.extract.time;
