package org.diplograph.extract.nlp;

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
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * SUTime, but only around the words that can start or anchor a date ("Wednesday", "April", "2018", "ago"). SUTime
 * costs more than the rest of the fast NER profile together, in proportion to the tokens it is given; most
 * sentences of a news article hold no date, and a sentence without such a word yields no DATE expression. Results
 * are stored on the document as {@link TimeAnnotations.TimexAnnotations}, as CoreNLP's TimeAnnotator would.
 */
public final class SelectiveTimeTagger {
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
            "annual", "annually", "hourly", "daily", "weekly", "monthly", "yearly", "once", "twice");
    /** Years, ordinals ("5th"), '98, numeric dates; a bare small number ("5 people") starts no date alone. */
    private static final Pattern NUMERIC = Pattern.compile("\\d{4}s?|\\d{1,2}(st|nd|rd|th)|'\\d\\d|\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?");

    /** Tokens SUTime sees on each side of a trigger. */
    public static final int CONTEXT = 6;

    private final TimeExpressionExtractor extractor;

    public SelectiveTimeTagger() {
        Properties props = new Properties();
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "true");
        this.extractor = TimeExpressionExtractorFactory.createExtractor("sutime", props);
    }

    public void annotate(Annotation document, String docDate) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> found = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            // SUTime is quadratic in sentence length; no news sentence is this long (see NlpEngine).
            if (tokens.size() > NlpEngine.MAX_SENTENCE_TOKENS)
                continue;
            for (int[] window : windows(tokens))
                found.addAll(extractor.extractTimeExpressionCoreMaps(part(text, sentence, window), docDate));
        }
        document.set(TimeAnnotations.TimexAnnotations.class, found);
    }

    /**
     * The token ranges {@code [begin, end)} of a sentence SUTime needs to see: {@value #CONTEXT} tokens either side
     * of each trigger, overlapping ranges joined. A TIMEX3 spans a few words around its trigger ("the first week
     * of March last year"), and SUTime's cost grows with the tokens it is given, not with the expressions found.
     */
    public static List<int[]> windows(List<CoreLabel> tokens) {
        return windows(tokens, CONTEXT);
    }

    /** As {@link #windows(List)}, with {@code context} tokens either side (at most the sentence). */
    public static List<int[]> windows(List<CoreLabel> tokens, int context) {
        List<int[]> windows = new ArrayList<>();
        if (Boolean.getBoolean("diplograph.sutimeEverySentence")) {   // for measuring what the windows cost
            windows.add(new int[] {0, tokens.size()});
            return windows;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (!isTriggerToken(tokens.get(t).word()))
                continue;
            int begin = Math.max(0, t - context), end = (int) Math.min(tokens.size(), (long) t + context + 1);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && begin <= last[1])
                last[1] = end;
            else
                windows.add(new int[] {begin, end});
        }
        return windows;
    }

    /** Tokens {@code window} of {@code sentence} as a sentence of their own, with the offsets SUTime reports. */
    private static CoreMap part(String text, CoreMap sentence, int[] window) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (window[0] == 0 && window[1] == tokens.size())
            return sentence;
        List<CoreLabel> slice = tokens.subList(window[0], window[1]);
        int begin = slice.get(0).beginPosition(), end = slice.get(slice.size() - 1).endPosition();
        Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TokensAnnotation.class, slice);
        part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        part.set(CoreAnnotations.TokenBeginAnnotation.class, (firstToken == null ? 0 : firstToken) + window[0]);
        part.set(CoreAnnotations.TokenEndAnnotation.class, (firstToken == null ? 0 : firstToken) + window[1]);
        part.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        return part;
    }

    /** "Sept." as well as "Sept": abbreviations keep their period as CoreNLP tokenizes them. */
    private static boolean isTrigger(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TRIGGERS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** A word that names or anchors a time, alone or inside a hyphenated word ("third-quarter", "mid-November"). */
    public static boolean isTriggerToken(String word) {
        if (NUMERIC.matcher(word).matches() || isTrigger(word))
            return true;
        if (word.indexOf('-') > 0)
            for (String part : word.split("-"))
                if (isTrigger(part) || NUMERIC.matcher(part).matches())
                    return true;
        return false;
    }
}
