package org.diplograph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as news sources write them. The date is taken as written: a date-time keeps its own calendar
 * day whatever its time zone, because that is the day the publisher printed.
 */
final class PublicationDates {
    private static final Pattern ISO = Pattern.compile(
            "\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}\\S*)?\\s*");
    private static final String LABEL = "(?:(?:last\\s+)?updated|published|posted|date)(?:\\s+on)?\\s*:?\\s*";
    private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+";
    private static final String DAY_MONTH_YEAR = "(?<d1>\\d{1,2})\\s+(?<m1>[a-z]{3,9})\\.?,?\\s+(?<y1>\\d{4})";
    private static final String MONTH_DAY_YEAR = "(?<m2>[a-z]{3,9})\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})";
    private static final String YEAR_MONTH_DAY = "(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})";
    private static final String TIME_TAIL = "(?:[\\sT,|\\-]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}.*)?";
    private static final Pattern DATE_LINE = Pattern.compile("(?i)(?:" + LABEL + ")?(?:" + WEEKDAY + ")?(?:"
            + DAY_MONTH_YEAR + "|" + MONTH_DAY_YEAR + "|" + YEAR_MONTH_DAY + ")" + TIME_TAIL);

    private PublicationDates() {
    }

    /** An ISO date or date-time ("2024-03-01", "2024-03-01T09:30:00+03:00"), else null. */
    static LocalDate parseIso(String value) {
        if (value == null)
            return null;
        Matcher m = ISO.matcher(value);
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** ISO first, then the forms of {@link #parseLine}; null when neither fits. */
    static LocalDate parseAny(String value) {
        LocalDate iso = parseIso(value);
        return iso != null || value == null ? iso : parseLine(value.strip()).orElse(null);
    }

    /**
     * A line that is only a date, perhaps labelled and followed by a time: "Updated 02 May 2018",
     * "Published: 2024-03-01", "March 3, 2024", "Wed 26 February 2026 10:14 GMT".
     */
    static Optional<LocalDate> parseLine(String content) {
        if (content.length() > 80)
            return Optional.empty();
        Matcher m = DATE_LINE.matcher(content);
        if (!m.matches())
            return Optional.empty();
        LocalDate date;
        if (m.group("d1") != null)
            date = date(m.group("y1"), monthNumber(m.group("m1")), m.group("d1"));
        else if (m.group("d2") != null)
            date = date(m.group("y2"), monthNumber(m.group("m2")), m.group("d2"));
        else
            date = date(m.group("y3"), m.group("m3"), m.group("d3"));
        return Optional.ofNullable(date);
    }

    /** "may", "Sept", "February" to "5", "9", "2"; null when not an English month name. */
    private static String monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values())
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(lower))
                return Integer.toString(month.getValue());
        return null;
    }

    /** The date, or null when it is none (February 30) or has year 0000, which xsd:date (XML Schema 1.0) lacks. */
    private static LocalDate date(String year, String month, String day) {
        if (month == null || Integer.parseInt(year) < 1)
            return null;
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
