package org.diplograph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.facts.TimeFact;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;

/**
 * Date expressions, resolved by SUTime against the article's date ("on Wednesday" in an article of Thursday
 * 26 February 2026 is 2026-02-25), with the calendar range each value covers.
 */
public final class TimeStage implements ExtractionStage {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void process(ExtractionContext context) {
        // SUTime run on its own leaves its expressions on the document; run inside NER, on the DATE mentions.
        List<CoreMap> timexes = context.document().annotation().get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap t : timexes)
                add(context, t.get(TimeAnnotations.TimexAnnotation.class),
                        t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            return;
        }
        for (CoreEntityMention mention : context.document().entityMentions())
            if ("DATE".equals(mention.entityType()))
                add(context, mention.coreMap().get(TimeAnnotations.TimexAnnotation.class),
                        mention.charOffsets().first(), mention.charOffsets().second());
    }

    private void add(ExtractionContext context, Timex timex, Integer begin, Integer end) {
        if (timex == null || timex.value() == null || begin == null || end == null)
            return;
        if (!"DATE".equals(timex.timexType()))
            return;
        String value = timex.value();
        LocalDate[] range = rangeOf(value);
        boolean resolved = range != null;
        context.times.add(new TimeFact(value, resolved ? range[0] : null, resolved ? range[1] : null,
                context.provenance(name() + "/sutime", begin, end, resolved ? 0.85 : 0.6)));
    }

    /** First and last day of a TIMEX date value, or null for values that are not a calendar range. */
    public static LocalDate[] rangeOf(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate day = LocalDate.parse(value);
                return new LocalDate[] {day, day};
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                YearMonth month = YearMonth.parse(value);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                int year = Integer.parseInt(value);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
