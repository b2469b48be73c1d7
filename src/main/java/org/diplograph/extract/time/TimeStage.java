package org.diplograph.extract.time;

import java.time.LocalDate;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.facts.TimeFact;
import org.diplograph.facts.Timex;

/**
 * Time expressions (dates, times, durations, sets), resolved by HeidelTime ({@link TimeExpressions#EXTRACTION})
 * against the article's date ("on
 * Wednesday" in an article of Thursday 26 February 2026 is 2026-02-25), with the calendar range each date value
 * covers ({@link Timex#rangeOf}). Durations ("P8W") and sets have no range.
 */
public final class TimeStage implements ExtractionStage {

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TIMES);
    }

    /** The extraction step of a time fact names its source: "time/heideltime-date", "time/sutime-duration". */
    private static final String SOURCE = TimeExpressions.EXTRACTION == TimeExpressions.Source.SUTIME ? "/sutime-"
            : "/heideltime-";

    @Override
    public void process(ExtractionContext context) {
        for (TimeExpressions.Expression e : TimeExpressions.of(context.document())) {
            LocalDate[] range = Timex.rangeOf(e.value());
            boolean resolved = range != null;
            double confidence = resolved ? 0.85 : "DURATION".equals(e.type()) || "SET".equals(e.type()) ? 0.75 : 0.6;
            context.addTime(new TimeFact(e.value(), resolved ? range[0] : null, resolved ? range[1] : null,
                    context.provenance(name() + SOURCE + e.type().toLowerCase(java.util.Locale.ROOT), e.begin(),
                            e.end(), confidence)));
        }
    }
}
