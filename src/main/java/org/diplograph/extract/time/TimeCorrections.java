package org.diplograph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Corrections to SUTime that each gained on the TempEval-3 and MEANTIME dev data (docs/EVALUATION.md), all
 * general rules of English time expressions, none about a particular document:
 * <ul>
 * <li>not time expressions: ages ("6-year-old"), frequency adjectives ("quarterly"), vague adverbs ("once",
 * "previously"), "a second" (mostly the ordinal) and "SEC";</li>
 * <li>"N years / months / weeks ago" has the granularity of its unit (TIMEX3: "41 years ago" is 1959, not a day);</li>
 * <li>a weekday in a past-tense sentence is the last such day, not the coming one SUTime may pick;</li>
 * <li>"the fourth quarter", "third-quarter": the quarter of the document's year, which SUTime leaves unvalued.</li>
 * </ul>
 */
final class TimeCorrections {
    private static final Set<String> NOT_TIMES = Set.of("once", "previously", "formerly", "future", "present",
            "past", "quarterly", "annual", "annually", "a second", "sec", "the sec");
    private static final Pattern AGES = Pattern.compile("(?i).*(-year-old|years? old|-month-old|-day-old)$");
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(year|month|week)s? ago$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern QUARTER = Pattern.compile(
            "\\b(?:[Tt]he\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\\b(?: of (\\d{4}))?");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "next", "tomorrow", "going");

    private TimeCorrections() {
    }

    static List<TimeExpressions.Expression> apply(CoreDocument document, LocalDate date,
                                                  List<TimeExpressions.Expression> found) {
        String text = document.text();
        List<TimeExpressions.Expression> out = new ArrayList<>();
        for (TimeExpressions.Expression e : found) {
            String surface = text.substring(e.begin(), e.end());
            if (NOT_TIMES.contains(surface.toLowerCase(Locale.ROOT)) || AGES.matcher(surface).matches())
                continue;
            String value = e.value();
            Matcher ago = AGO.matcher(surface);
            if (ago.matches() && value.matches("\\d{4}-\\d{2}-\\d{2}"))
                value = granularity(LocalDate.parse(value), ago.group(1).toLowerCase(Locale.ROOT));
            Matcher weekday = WEEKDAY.matcher(surface);
            if (date != null && weekday.matches() && value.matches("\\d{4}-\\d{2}-\\d{2}.*")
                    && LocalDate.parse(value.substring(0, 10)).isAfter(date) && pastTense(document, e.begin())) {
                DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
                value = date.with(TemporalAdjusters.previousOrSame(day)) + value.substring(10);
            }
            out.add(new TimeExpressions.Expression(e.begin(), e.end(), e.type(), value));
        }
        if (date != null)
            addQuarters(document, date, text, out);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static String granularity(LocalDate day, String unit) {
        switch (unit) {
            case "year": return String.valueOf(day.getYear());
            case "month": return day.toString().substring(0, 7);
            default: return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    private static void addQuarters(CoreDocument document, LocalDate date, String text,
                                    List<TimeExpressions.Expression> out) {
        Matcher m = QUARTER.matcher(text);
        while (m.find()) {
            int begin = m.start(), end = m.end();
            String ordinal = m.group(1).toLowerCase(Locale.ROOT);
            int n = ordinal.length() == 3 ? ordinal.charAt(0) - '0' : ORDINALS.indexOf(ordinal) + 1;
            int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : date.getYear();
            if (m.group(2) == null && n > date.get(IsoFields.QUARTER_OF_YEAR) && pastTense(document, begin))
                year--;
            out.removeIf(e -> e.begin() >= begin && e.end() <= end);
            if (out.stream().noneMatch(e -> e.begin() < end && begin < e.end()))
                out.add(new TimeExpressions.Expression(begin, end, "DATE", year + "-Q" + n));
        }
    }

    /** A sentence with a past-tense verb and no marker of the future. */
    private static boolean pastTense(CoreDocument document, int offset) {
        for (CoreSentence s : document.sentences()) {
            if (offset < s.charOffsets().first() || offset >= s.charOffsets().second())
                continue;
            boolean past = false;
            for (CoreLabel t : s.tokens()) {
                if (FUTURE.contains(t.word().toLowerCase(Locale.ROOT)))
                    return false;
                past |= t.tag().equals("VBD");
            }
            return past;
        }
        return false;
    }
}
