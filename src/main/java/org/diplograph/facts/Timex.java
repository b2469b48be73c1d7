package org.diplograph.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX3 values, the dates of the facts ({@code 2018-03-14}, {@code 2018-04}, {@code 2026-W09}, {@code 2018-Q4},
 * {@code 2026}, {@code 2026-02-24TNI}), as the calendar days they cover.
 */
public final class Timex {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Timex() {
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
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
