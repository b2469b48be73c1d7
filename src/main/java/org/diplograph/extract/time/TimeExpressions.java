package org.diplograph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/**
 * The time expressions of an annotated document, one per SUTime TIMEX3 (tokens grouped by timex id, so "Tuesday
 * night" is one expression even though NER types "Tuesday" DATE and "night" TIME), with TIMEX3 values resolved
 * against the document date and corrected by {@link TimeCorrections}.
 */
public final class TimeExpressions {
    /** A TIMEX3: {@code type} DATE, TIME, DURATION or SET; local offsets {@code [begin, end)}. */
    public record Expression(int begin, int end, String type, String value) {
    }

    private TimeExpressions() {
    }

    public static List<Expression> of(CoreDocument document) {
        String date = document.annotation().get(CoreAnnotations.DocDateAnnotation.class);
        LocalDate docDate = date == null ? null : LocalDate.parse(date.substring(0, 10));
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
