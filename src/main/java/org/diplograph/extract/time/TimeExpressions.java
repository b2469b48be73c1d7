package org.diplograph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.nlp.NlpEngine;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/**
 * The time expressions of an annotated document with their TIMEX3 values resolved against the document date, from
 * one of the {@link Source}s: SUTime's (run by the NLP engine; one expression per TIMEX3 id, so "Tuesday night" is
 * one expression even though NER types "Tuesday" DATE and "night" TIME), corrected by {@link TimeCorrections}, or
 * HeidelTime's English news rules over the same tokens ({@link HeidelTimeTagger}), corrected by
 * {@link HeidelTimeCorrections}.
 */
public final class TimeExpressions {
    /** A TIMEX3: {@code type} DATE, TIME, DURATION or SET; local offsets {@code [begin, end)}. */
    public record Expression(int begin, int end, String type, String value) {
    }

    private TimeExpressions() {
    }

    /**
     * Where the expressions come from: SUTime with {@link TimeCorrections}, HeidelTime as it comes, HeidelTime with
     * {@link HeidelTimeCorrections}, and the corrected HeidelTime with SUTime's expressions added where it found none.
     */
    public enum Source { SUTIME, HEIDELTIME, HEIDELTIME_CORRECTED, COMBINED }

    /**
     * The source extraction uses: HeidelTime's, corrected (the default), or SUTime's, corrected
     * ({@code -Ddiplograph.time=sutime}; 0.07 lower value F1, docs/EVALUATION.md).
     */
    public static final Source EXTRACTION = "sutime".equalsIgnoreCase(System.getProperty("diplograph.time"))
            ? Source.SUTIME : Source.HEIDELTIME_CORRECTED;

    /** The time expressions extraction uses ({@link #EXTRACTION}). */
    public static List<Expression> of(CoreDocument document) {
        return of(document, EXTRACTION);
    }

    public static List<Expression> of(CoreDocument document, Source source) {
        String date = document.annotation().get(CoreAnnotations.DocDateAnnotation.class);
        LocalDate docDate = date == null ? null : LocalDate.parse(date.substring(0, 10));
        switch (source) {
            case SUTIME:
                return sutime(document, docDate);
            case HEIDELTIME:
                return HeidelTimeTagger.of(document, docDate);
            case COMBINED:
                return Combination.of(of(document, Source.HEIDELTIME_CORRECTED), sutime(document, docDate));
            default:
                return HeidelTimeCorrections.apply(document, docDate, HeidelTimeTagger.of(document, docDate));
        }
    }

    /** SUTime's expressions, corrected. */
    private static List<Expression> sutime(CoreDocument document, LocalDate docDate) {
        NlpEngine.shared().addSutime(document);
        // SUTime run on its own (the fast profile) leaves its expressions on the document, not on the tokens.
        List<CoreMap> timexes = document.annotation().get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            List<Expression> out = new ArrayList<>();
            for (CoreMap t : timexes) {
                Integer b = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                if (b != null && e != null && timex != null)
                    add(out, b, e, timex);
            }
            return TimeCorrections.apply(document, docDate, out);
        }
        List<Expression> out = new ArrayList<>();
        String openId = null;
        Timex open = null;
        int begin = 0, end = 0;
        for (CoreLabel token : document.tokens()) {
            Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
            String id = timex == null ? null : timex.tid();
            if (id != null && id.equals(openId)) {
                end = token.endPosition();
                continue;
            }
            if (open != null)
                add(out, begin, end, open);
            open = timex;
            openId = id;
            begin = token.beginPosition();
            end = token.endPosition();
        }
        if (open != null)
            add(out, begin, end, open);
        return TimeCorrections.apply(document, docDate, out);
    }

    private static void add(List<Expression> out, int begin, int end, Timex timex) {
        String value = timex.value();
        if (value != null && !value.isEmpty())
            out.add(new Expression(begin, end, timex.timexType(), value));
    }
}
