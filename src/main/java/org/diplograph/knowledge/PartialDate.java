package org.diplograph.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or the year ({@code 1997-05-02}, {@code 2003-08}, {@code 2011}), as the
 * sources give them. It stands for the days from {@link #first} to {@link #last}; an office held from a partial
 * date is taken to cover each of its days, so that a change of holder within a year known only to the year makes
 * both holders fit (and a caller that wants one holder gets none: precision first).
 *
 * @param text  the date as written in the table
 * @param first the first day it can mean
 * @param last  the last day it can mean
 */
public record PartialDate(String text, LocalDate first, LocalDate last) implements Comparable<PartialDate> {
    private static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws IllegalArgumentException otherwise. */
    public static PartialDate parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text)) {
            try {   // the common case, without a regular expression
                LocalDate day = LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
                return new PartialDate(text, day, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("bad date \"" + text + "\": " + e.getMessage(), e);
            }
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches())
            throw new IllegalArgumentException("bad date \"" + text + "\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null)
                return new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null)
                return new PartialDate(text, month.atDay(1), month.atEndOfMonth());
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(text, day, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad date \"" + text + "\": " + e.getMessage(), e);
        }
    }

    private static boolean digits(String t) {
        for (int i = 0; i < t.length(); i++)
            if (i != 4 && i != 7 && !Character.isDigit(t.charAt(i)))
                return false;
        return true;
    }

    /** A date known to the day. */
    public static PartialDate of(LocalDate day) {
        return new PartialDate(day.toString(), day, day);
    }

    /** A date known to the year. */
    public static PartialDate ofYear(int year) {
        return parse(String.format("%04d", year));
    }

    /** A date known to the month. */
    public static PartialDate ofMonth(int year, int month) {
        return parse(String.format("%04d-%02d", year, month));
    }

    /** Whether it is known to the day. */
    public boolean exact() {
        return first.equals(last);
    }

    /** Orders by first day, then by precision (the exact date first). */
    @Override
    public int compareTo(PartialDate o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }

    @Override
    public String toString() {
        return text;
    }
}
