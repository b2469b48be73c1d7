package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.util.CoreMap;

/**
 * SUTime, but only on sentences that hold a word that can start or anchor a date ("Wednesday", "April", "2018",
 * "ago", "last"). SUTime costs more than the rest of the fast NER profile together; most sentences of a news
 * article hold no date, and a sentence without such a word yields no DATE expression. Results are stored on the
 * document as {@link TimeAnnotations.TimexAnnotations}, as CoreNLP's TimeAnnotator would.
 */
final class SelectiveTimeTagger {
    /**
     * Words that name or anchor a time by themselves. Modifiers ("this", "last", "next", "earlier") are not
     * among them: they make a date only with a unit or a name ("this week", "last Wednesday"), which is a trigger
     * itself; "this" alone is in a third of all sentences.
     */
    private static final Set<String> TRIGGERS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "today", "yesterday", "tomorrow", "tonight", "ago", "morning", "afternoon", "evening", "night",
            "week", "weeks", "month", "months", "year", "years", "weekend", "day", "days", "decade", "decades",
            "century", "centuries", "hour", "hours", "minute", "minutes", "spring", "summer", "autumn", "fall",
            "winter", "christmas", "easter", "ramadan", "eid", "now", "currently", "past", "quarter",
            "current", "recent", "recently", "previously", "future", "soon", "latest",
            "annual", "annually", "daily", "weekly", "monthly", "yearly", "once", "twice");
    /** Years, ordinals ("5th"), '98, numeric dates; a bare small number ("5 people") starts no date alone. */
    private static final Pattern NUMERIC = Pattern.compile("\\d{4}s?|\\d{1,2}(st|nd|rd|th)|'\\d\\d|\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?");

    private final TimeExpressionExtractor extractor;

    SelectiveTimeTagger() {
        Properties props = new Properties();
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "true");
        this.extractor = TimeExpressionExtractorFactory.createExtractor("sutime", props);
    }

    void annotate(Annotation document, String docDate) {
        List<CoreMap> found = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            // SUTime is quadratic in sentence length; no news sentence is this long (see NlpEngine).
            if (tokens.size() <= NlpEngine.MAX_SENTENCE_TOKENS && mayHoldDate(tokens))
                found.addAll(extractor.extractTimeExpressionCoreMaps(sentence, docDate));
        }
        document.set(TimeAnnotations.TimexAnnotations.class, found);
    }

    /** "Sept." as well as "Sept": abbreviations keep their period as CoreNLP tokenizes them. */
    private static boolean isTrigger(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TRIGGERS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    static boolean mayHoldDate(List<CoreLabel> tokens) {
        if (Boolean.getBoolean("diplograph.sutimeEverySentence"))
            return true;
        for (CoreLabel token : tokens) {
            String word = token.word();
            if (NUMERIC.matcher(word).matches() || isTrigger(word))
                return true;
            // "third-quarter", "year-earlier", "mid-November": a trigger inside a hyphenated word.
            if (word.indexOf('-') > 0)
                for (String part : word.split("-"))
                    if (isTrigger(part) || NUMERIC.matcher(part).matches())
                        return true;
        }
        return false;
    }
}
