package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.facts.TimeFact;

/**
 * Time expressions (dates, times, durations, sets), resolved by SUTime against the article's date ("on
 * Wednesday" in an article of Thursday 26 February 2026 is 2026-02-25), with the calendar range each date value
 * covers. Durations ("P8W") and sets have no range.
 */
public final class TimeStage implements ExtractionStage {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void process(ExtractionContext context) {
        for (TimeExpressions.Expression e : TimeExpressions.of(context.document())) {
            LocalDate[] range = rangeOf(e.value());
            boolean resolved = range != null;
            double confidence = resolved ? 0.85 : "DURATION".equals(e.type()) || "SET".equals(e.type()) ? 0.75 : 0.6;
            context.times.add(new TimeFact(e.value(), resolved ? range[0] : null, resolved ? range[1] : null,
                    context.provenance(name() + "/sutime-" + e.type().toLowerCase(java.util.Locale.ROOT), e.begin(),
                            e.end(), confidence)));
        }
    }

    /** First and last day of a TIMEX date or time value, or null for values that are not a calendar range. */
    public static LocalDate[] rangeOf(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate day = LocalDate.parse(m.group(1));
                return new LocalDate[] {day, day};
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 2, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
                return new LocalDate[] {monday, monday.plusDays(6)};
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2, 1);
                return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
