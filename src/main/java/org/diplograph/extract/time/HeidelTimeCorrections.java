package org.diplograph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.text.TsvRows;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Corrections to HeidelTime's news rules, each a rule of English news measured on the whole of TempEval-3
 * TBAQ-cleaned and MEANTIME (docs/EVALUATION.md), none about one document:
 * <ul>
 * <li>a month or a day of a month named without a year ("in March", "payable Dec. 7") lies within 75 days of the
 * article's date when such a year exists; HeidelTime picks the year by the sentence's tense, and a past-tense
 * sentence about a coming payment date or a future verb it did not see sends it a year off;</li>
 * <li>a weekday named alone is the day after the article rather than six days before it ("planned to leave on
 * Thursday" in a Wednesday article);</li>
 * <li>"the next day" counts from the day the text gave last, in the same or the previous sentence;</li>
 * <li>a week value is the ISO week near the article (HeidelTime gives the week of 1 January 2026 as 2025-W01);</li>
 * <li>decades and centuries as durations in years, as TIMEX3 writes them ("two decades": P20Y, not P2DE);</li>
 * <li>frequency adverbs are sets ("daily": P1D), and "the future" / "the past" are FUTURE_REF / PAST_REF, which
 * HeidelTime's English rules leave out;</li>
 * <li>a weekday named alone takes the tense of the verb beside it ("announced Friday", "scheduled to close Monday",
 * "Boeing on Tuesday delivered"), and a month far from the article that of the word before it ("issued July 1",
 * "effective Feb. 1"), where HeidelTime takes the tense of the whole sentence;</li>
 * <li>a month and day that open a range closed by a year take that year ("July 9-11, 2024");</li>
 * <li>a month name in lower case ("this may have") and the "now" of "now-cancelled" are no times;</li>
 * <li>"at 18:00 UTC" is a TIME (HeidelTime knows EST, EDT and GMT only), "the year ended March 31" a year of
 * accounts (P1Y), "for years", "within weeks" durations of an unsaid number (PXY, PXW).</li>
 * </ul>
 */
final class HeidelTimeCorrections {
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
    /** A month, perhaps with its day, and no year or modifier ("last March" is for HeidelTime to resolve). */
    private static final Pattern BARE_MONTH = Pattern.compile("(?i)(?:the\\s+)?(?:(?:early|late|mid|middle of|end of"
            + "|beginning of|start of)[\\s-]+)?" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?");
    /** The year that closes a range the month opens: "July 9-11, 2024", "March 30 – April 2, 2022". */
    private static final Pattern YEAR_AFTER_RANGE = Pattern.compile("(?i)\\s*(?:-|–|to|through)\\s*(?:" + MONTH
            + "\\s+)?\\d{1,2},?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d\\d)(?:-(\\d\\d))?(.*)");
    private static final int MONTH_WINDOW_DAYS = 75;
    private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}");
    /** A year written out: "2004", "'98", "the 1990s". */
    private static final Pattern YEAR_NAMED = Pattern.compile("\\d{4}|'\\d\\d\\b|\\d0s\\b");
    private static final Pattern MONTH_NAMED = Pattern.compile("(?i)\\b" + MONTH + "(?!\\w)");
    /** Counted from the day of writing ("earlier this month" is, "a year earlier" is not). */
    private static final Pattern DEICTIC = Pattern.compile(
            "(?i)\\b(?:this|last|next|coming|current|ago|today|yesterday|tomorrow|tonight|now|recent)\\b");
    /** A quarter, half or season: the part the text names stays ("the fourth quarter": XXXX-Q4). */
    private static final Pattern NAMED_PART = Pattern.compile("\\d{4}-(?:Q\\d|H\\d|SP|SU|FA|WI)");
    /** Counted from a date of the text, not from the day of writing. */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)\\b(?:following|previous|preceding|later|earlier|that|same|before|after|then)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern MODIFIED = Pattern.compile(
            "(?i)\\b(?:last|next|this|previous|following|coming|past|that|same|before|after|earlier|later)\\b");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)(.*)");
    private static final Pattern ANAPHORIC_DAY = Pattern.compile("(?i)the (next|following|previous|preceding) day"
            + "|(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) days? (later|earlier)");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Pattern WEEK_VALUE = Pattern.compile("(\\d{4})-W(\\d{1,2})(.*)");
    private static final Pattern DECADES = Pattern.compile("P(\\d+)(DE|CE)");
    private static final Map<String, String> FREQUENCIES = Map.of("daily", "P1D", "nightly", "P1D", "weekly", "P1W",
            "monthly", "P1M", "yearly", "P1Y", "annually", "P1Y", "hourly", "PT1H");
    private static final Pattern FUTURE_OR_PAST = Pattern.compile(
            "\\b[Tt]he (?:near |distant |foreseeable |recent )?(future|past)\\b");

    private HeidelTimeCorrections() {
    }

    static List<TimeExpressions.Expression> apply(CoreDocument document, LocalDate date,
                                                  List<TimeExpressions.Expression> found) {
        String text = document.text();
        List<TimeExpressions.Expression> out = new ArrayList<>();
        for (TimeExpressions.Expression e : found) {
            String surface = text.substring(e.begin(), e.end());
            if (insideName(document, e) || LOWER_CASE_MONTH.matcher(surface).find()
                    || surface.equalsIgnoreCase("now") && e.end() < text.length() && text.charAt(e.end()) == '-')
                continue;
            String value = e.value();
            if (date == null)
                value = openUnlessFixed(surface, value);
            if (date != null && BARE_MONTH.matcher(surface).matches()) {
                Matcher range = YEAR_AFTER_RANGE.matcher(text).region(e.end(), Math.min(text.length(), e.end() + 40));
                if (range.lookingAt() && MONTH_VALUE.matcher(value).matches())
                    value = range.group(1) + value.substring(4);
                else
                    value = yearByTense(nearestYear(value, date), date, tenseBeforeMonth(document, e.begin()));
            }
            if (date != null && WEEKDAY.matcher(surface).find() && !MODIFIED.matcher(surface).find()) {
                Matcher alone = WEEKDAY_ALONE.matcher(surface);
                Tense tense = alone.matches() ? tenseAround(document, e.begin() + alone.start(1)) : Tense.UNKNOWN;
                value = tense == Tense.UNKNOWN ? notSixDaysBefore(value, date) : weekdayOf(value, date, tense);
            }
            if (date != null)
                value = nearestWeekYear(value, date);
            Matcher decades = DECADES.matcher(value);
            if (decades.matches())
                value = "P" + Integer.parseInt(decades.group(1)) * (decades.group(2).equals("DE") ? 10 : 100) + "Y";
            if (e.type().equals("SET") && FREQUENCIES.containsKey(surface.toLowerCase(Locale.ROOT)))
                value = FREQUENCIES.get(surface.toLowerCase(Locale.ROOT));
            out.add(new TimeExpressions.Expression(e.begin(), e.end(), e.type(), value));
        }
        anchorToTheEventBefore(document, out);
        addClockTimesInUtc(document, date, out);
        Matcher spoken = SPOKEN_YEAR.matcher(text);
        while (spoken.find())
            addIfFree(out, new TimeExpressions.Expression(spoken.start(), spoken.end(), "DATE", "19" + twoDigits(spoken)));
        Matcher fiscal = YEAR_ENDED.matcher(text);
        while (fiscal.find())
            addIfFree(out, new TimeExpressions.Expression(fiscal.start(1), fiscal.end(1), "DURATION", "P1Y"));
        Matcher vague = FOR_UNITS.matcher(text);
        while (vague.find())
            addIfFree(out, new TimeExpressions.Expression(vague.start(1), vague.end(1), "DURATION",
                    "PX" + Character.toUpperCase(vague.group(1).charAt(0))));
        for (CoreLabel t : document.tokens()) {
            String frequency = FREQUENCIES.get(t.word().toLowerCase(Locale.ROOT));
            // "daily" as an adverb or adjective ("met daily", "daily talks"), not the noun ("the Daily Telegraph")
            if (frequency != null && (t.tag().equals("RB") || t.tag().equals("JJ")))
                addIfFree(out, new TimeExpressions.Expression(t.beginPosition(), t.endPosition(), "SET", frequency));
        }
        Matcher m = FUTURE_OR_PAST.matcher(text);
        while (m.find())
            addIfFree(out, new TimeExpressions.Expression(m.start(), m.end(), "DATE",
                    m.group(1).equals("future") ? "FUTURE_REF" : "PAST_REF"));
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /**
     * Whether every token of the expression is part of a name the recognizer found: the weekday of "The Sunday
     * Times", "the Independent on Sunday" (HeidelTime does not look at names; SUTime, inside the recognizer, did not
     * tag them).
     */
    private static boolean insideName(CoreDocument document, TimeExpressions.Expression e) {
        boolean any = false;
        List<CoreLabel> tokens = document.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (t.beginPosition() >= e.end())
                break;   // tokens are in text order
            if (t.beginPosition() == e.begin() && t.endPosition() == e.end() && newspaper(tokens, i))
                return true;
            if (t.endPosition() <= e.begin())
                continue;
            if (!NAMES.contains(t.ner()))
                return false;
            any = true;
        }
        return any;
    }

    private static final Set<String> NAMES = Set.of("ORGANIZATION", "PERSON");

    /** "the Sunday Telegraph", "the Mail on Sunday": a capitalized weekday in a newspaper's title. */
    private static boolean newspaper(List<CoreLabel> tokens, int i) {
        String w = tokens.get(i).word();
        if (!Character.isUpperCase(w.charAt(0)) || !WEEKDAY.matcher(w).matches())
            return false;
        if (i + 1 < tokens.size() && NEWSPAPER_WORDS.contains(tokens.get(i + 1).word()))
            return true;
        return i >= 2 && tokens.get(i - 1).word().equals("on") && ON_WEEKDAY.contains(tokens.get(i - 2).word());
    }

    /** Words of newspaper titles with a weekday ({@code data/newspaper-weekdays.tsv}). */
    private static final Set<String> NEWSPAPER_WORDS = newspaperWords("after"), ON_WEEKDAY = newspaperWords("on");

    private static Set<String> newspaperWords(String form) {
        Set<String> words = new HashSet<>();
        for (String[] f : TsvRows.of("/data/newspaper-weekdays.tsv")) {
            if (f.length != 2 || !f[0].equals("after") && !f[0].equals("on"))
                throw new IllegalStateException("data/newspaper-weekdays.tsv: not a form and a word: " + String.join("\t", f));
            if (f[0].equals(form))
                words.add(f[1]);
        }
        return Set.copyOf(words);
    }

    /**
     * Without the article's date HeidelTime's narrative rules count every relative expression from the date the text
     * gave last: right for an anaphoric one ("the following year", "two days later"), a guess for one counted from
     * the unknown day of writing ("this week", "Monday", "last May", "the current year"). Such a value is opened
     * again: its year becomes XXXX, and so do month, week and day unless the text names them ("last May": XXXX-05,
     * "the fourth quarter": XXXX-Q4), as TIMEX3 writes what the text leaves open; an expression naming its year
     * keeps its value, and so does an anaphoric one.
     */
    static String openUnlessFixed(String surface, String value) {
        if (!CALENDAR_VALUE.matcher(value).lookingAt() || YEAR_NAMED.matcher(surface).find()
                || !DEICTIC.matcher(surface).find() && ANAPHORIC.matcher(surface).find())
            return value;
        if (MONTH_NAMED.matcher(surface).find() || NAMED_PART.matcher(value).matches())
            return "XXXX" + value.substring(4);
        return value.replaceAll("\\d", "X");
    }

    /** Words before a month that put it ahead ("effective Feb. 1", "loans through January") or behind ("since June"). */
    private static final Set<String> MONTH_AHEAD = Set.of("effective", "through", "until", "till", "starting", "beginning");
    private static final Set<String> BEFORE_A_MONTH = Set.of("in", "on", "of", "early", "late", "mid", "by", "the", "during");

    /**
     * The tense of the word before a month: a verb ("issued July 1", "will open in May"), a word that puts it ahead
     * ("effective Feb. 1") or "since"; prepositions and "early", "late" skipped.
     */
    private static Tense tenseBeforeMonth(CoreDocument document, int begin) {
        List<CoreLabel> tokens = tokensOfTheSentenceAt(document, begin);
        int k = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).beginPosition() < begin; i++)
            k = i;
        while (k >= 0 && BEFORE_A_MONTH.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)))
            k--;
        if (k < 0)
            return Tense.UNKNOWN;
        String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
        return MONTH_AHEAD.contains(word) ? Tense.FUTURE : word.equals("since") ? Tense.PAST : tenseOf(tokens.get(k));
    }

    /** The tokens of the sentence that holds an offset (none past the last sentence). */
    private static List<CoreLabel> tokensOfTheSentenceAt(CoreDocument document, int offset) {
        int i = sentenceOf(document, offset);
        return i < document.sentences().size() ? document.sentences().get(i).tokens() : List.of();
    }

    /**
     * A month (and day) more than {@value #MONTH_WINDOW_DAYS} days from the article in every year: the last one
     * before the article for a past verb ("shares issued July 1" in October), the next one for a coming one
     * ("effective Feb. 1"), where HeidelTime, taking the tense of the whole sentence, may give the other.
     */
    private static String yearByTense(String value, LocalDate date, Tense tense) {
        MonthDay md = MonthDay.of(value);
        if (tense == Tense.UNKNOWN || md == null)
            return value;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++)
            if (md.near(year, date))
                return value;
        // the first day of the month (or the day) against the article: a month under way counts as ahead
        int first = md.dayGiven() ? md.day() : 1;
        int year = tense == Tense.PAST ? date.getYear() - (LocalDate.of(date.getYear(), md.month(), first).isAfter(date) ? 1 : 0)
                : date.getYear() + (LocalDate.of(date.getYear(), md.month(), md.dayGiven() ? md.day() : 28).isBefore(date) ? 1 : 0);
        return year + value.substring(4);
    }

    /** The same month (and day) in the year that puts it within {@value #MONTH_WINDOW_DAYS} days of the article. */
    private static String nearestYear(String value, LocalDate date) {
        MonthDay md = MonthDay.of(value);
        if (md == null || md.near(md.year(), date))
            return value;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++)
            if (md.near(year, date))
                return year + value.substring(4);
        return value;
    }

    /**
     * The month and day of a value such as "2004-07" or "2004-07-09" (the 15th for a month alone, at most the 28th so
     * that every year has it); null for any other value.
     */
    private record MonthDay(int year, int month, int day, boolean dayGiven) {
        static MonthDay of(String value) {
            Matcher m = MONTH_VALUE.matcher(value);
            if (!m.matches())
                return null;
            int month = Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 15 : Math.min(28, Integer.parseInt(m.group(3)));
            return month < 1 || month > 12 || day < 1 ? null
                    : new MonthDay(Integer.parseInt(m.group(1)), month, day, m.group(3) != null);
        }

        /** Whether this month and day in {@code year} is within {@value HeidelTimeCorrections#MONTH_WINDOW_DAYS} days of {@code date}. */
        boolean near(int year, LocalDate date) {
            return Math.abs(ChronoUnit.DAYS.between(date, LocalDate.of(year, month, day))) <= MONTH_WINDOW_DAYS;
        }
    }

    /**
     * "The next day", "the previous day" (with the article: anaphoric, unlike "next week") and "two days later"
     * count from the day the text gave last, in the same or the previous sentence ("They met on March 3. The next
     * day ..."); HeidelTime counts the first from the article's date, the second from its own last date, which may
     * be far back. Without such a day HeidelTime's value stays.
     */
    private static void anchorToTheEventBefore(CoreDocument document, List<TimeExpressions.Expression> out) {
        String text = document.text();
        for (int i = 0; i < out.size(); i++) {
            TimeExpressions.Expression e = out.get(i);
            Matcher m = ANAPHORIC_DAY.matcher(text.substring(e.begin(), e.end()));
            if (!m.matches())
                continue;
            int sentence = sentenceOf(document, e.begin());
            for (int j = i - 1; j >= 0; j--) {
                TimeExpressions.Expression before = out.get(j);
                if (sentenceOf(document, before.begin()) < sentence - 1)
                    break;
                Matcher day = DAY_VALUE.matcher(before.value());
                if (!day.matches())
                    continue;
                int step;
                if (m.group(1) != null) {
                    step = m.group(1).equalsIgnoreCase("next") || m.group(1).equalsIgnoreCase("following") ? 1 : -1;
                } else {
                    String n = m.group(2).toLowerCase(Locale.ROOT);
                    int days = n.equals("a") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.indexOf(n);
                    step = m.group(3).equalsIgnoreCase("later") ? days : -days;
                }
                out.set(i, new TimeExpressions.Expression(e.begin(), e.end(), "DATE",
                        LocalDate.parse(day.group(1)).plusDays(step).toString()));
                break;
            }
        }
    }

    private static int sentenceOf(CoreDocument document, int offset) {
        List<edu.stanford.nlp.pipeline.CoreSentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++)
            if (offset < sentences.get(i).charOffsets().second())
                return i;
        return sentences.size();
    }

    /**
     * HeidelTime writes a week that starts in December as week 1 of the December's year ("2025-W01" for the week
     * of 1 January 2026); an ISO week value more than half a year from the article is the same week of the
     * adjacent year.
     */
    private static String nearestWeekYear(String value, LocalDate date) {
        Matcher m = WEEK_VALUE.matcher(value);
        if (!m.matches())
            return value;
        int week = Integer.parseInt(m.group(2));
        for (int year : new int[] {Integer.parseInt(m.group(1)), date.getYear() - 1, date.getYear(), date.getYear() + 1}) {
            LocalDate monday;
            try {
                monday = LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(java.time.DayOfWeek.MONDAY);
            } catch (java.time.DateTimeException ex) {
                continue;
            }
            if (Math.abs(ChronoUnit.DAYS.between(date, monday)) <= 183)
                return String.format("%d-W%02d", year, week) + m.group(3);
        }
        return value;
    }

    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    /** A year of the last century as spoken in a transcript: "in nineteen ninety-six", "nineteen seventy-nine". */
    private static final Pattern SPOKEN_YEAR = Pattern.compile("(?i)\\bnineteen[- ](?:(" + String.join("|", TEENS)
            + ")|(" + String.join("|", TENS) + ")(?:[- ](one|two|three|four|five|six|seven|eight|nine))?)\\b");

    private static String twoDigits(Matcher spoken) {
        if (spoken.group(1) != null)
            return String.valueOf(10 + TEENS.indexOf(spoken.group(1).toLowerCase(Locale.ROOT)));
        int units = spoken.group(3) == null ? 0 : NUMBERS.indexOf(spoken.group(3).toLowerCase(Locale.ROOT));
        return String.valueOf(20 + 10 * TENS.indexOf(spoken.group(2).toLowerCase(Locale.ROOT)) + units);
    }

    /** "Net income for the year ended March 31": a year of accounts, a duration (TIMEX3 P1Y) that ends on that day. */
    private static final Pattern YEAR_ENDED = Pattern.compile("\\b((?:[Tt]he|[Ii]ts|[Aa]) (?:fiscal |financial )?year) end(?:ed|ing)\\b");
    /** "for years", "within weeks": a duration of an unsaid number of units (TIMEX3 PXY, PXW). */
    private static final Pattern FOR_UNITS = Pattern.compile("\\b(?:[Ff]or|[Ww]ithin|[Ii]n) (years|months|weeks|days)\\b(?! (?:ago|later|earlier|before|after))");

    /** A time of the 24-hour clock in universal time: "at 18:00 UTC", "08:30 GMT" (HeidelTime knows EST, EDT, GMT). */
    private static final Pattern CLOCK_UTC = Pattern.compile("(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)\\s*(?:UTC|GMT)\\b");

    /**
     * "The take-off, at 08:30 UTC, ...": a TIME of the day the sentence gave before it ("Tuesday ... at 18:00 UTC"),
     * else of the article's date, in universal time (TIMEX3's "Z").
     */
    private static void addClockTimesInUtc(CoreDocument document, LocalDate date, List<TimeExpressions.Expression> out) {
        Matcher m = CLOCK_UTC.matcher(document.text());
        while (m.find()) {
            int sentence = sentenceOf(document, m.start());
            String day = date == null ? null : date.toString();
            for (TimeExpressions.Expression e : out)
                if (e.end() <= m.start() && sentenceOf(document, e.begin()) == sentence && DAY_VALUE.matcher(e.value()).matches())
                    day = e.value().substring(0, 10);
            if (day != null)
                addIfFree(out, new TimeExpressions.Expression(m.start(), m.end(), "TIME",
                        day + "T" + (m.group(1).length() == 1 ? "0" : "") + m.group(1) + ":" + m.group(2) + "Z"));
        }
    }

    /**
     * A month name in lower case is a word of the same spelling ("this may have", "at this march"): news writes months
     * capitalized.
     */
    private static final Pattern LOWER_CASE_MONTH = Pattern.compile("(?<![\\p{L}])(?:january|february|march|april|may"
            + "|june|july|august|september|october|november|december)(?![\\p{L}])");

    /** A weekday named alone ("on Friday", "Tuesday"), not "Friday night" or "Tuesday's vote". */
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?i)(?:on\\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)");
    /** Participles that put what follows ahead: "is scheduled to close Monday" has its verb before, "due Friday" not. */
    private static final Set<String> AHEAD = Set.of("scheduled", "expected", "planned", "due", "slated");
    private static final Set<String> BEFORE_A_WEEKDAY = Set.of("on", "early", "late");
    private static final Set<String> WILL = Set.of("will", "wo", "'ll", "shall");
    /** Present tenses that do not tell a plan: auxiliaries and reporting verbs ("says Monday" reports a past day). */
    private static final Set<String> NOT_A_PLAN = Set.of("be", "have", "do", "say", "tell", "announce", "report");

    enum Tense { PAST, FUTURE, UNKNOWN }

    /**
     * The tense of the verb right before a weekday, skipping "on" and adverbs: "announced Friday", "was told
     * Wednesday" are past; "will meet Monday", "scheduled to close Monday", "meet separately Monday" (the present of a
     * plan) are ahead; without a verb before it, a past verb or "will" right after it ("Boeing on Tuesday
     * delivered"). HeidelTime takes the tense of the whole sentence, and a "would" or "said" elsewhere in it decides.
     * Anything else (a noun before the weekday and none after) is left to it.
     */
    static Tense tenseAround(CoreDocument document, int begin) {
        List<CoreLabel> tokens = tokensOfTheSentenceAt(document, begin);
        int i = 0;
        while (i < tokens.size() && tokens.get(i).beginPosition() < begin)
            i++;
        if (i == tokens.size() || tokens.get(i).beginPosition() != begin)
            return Tense.UNKNOWN;
        if (i + 1 < tokens.size() && tokens.get(i + 1).word().startsWith("'"))
            return Tense.UNKNOWN;   // "Tuesday's vote"
        int k = i - 1;
        while (k >= 0 && (tokens.get(k).tag().equals("RB")
                || BEFORE_A_WEEKDAY.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))))
            k--;
        Tense before = k < 0 ? Tense.UNKNOWN : tenseOf(tokens.get(k));
        if (before != Tense.UNKNOWN)
            return before;
        // "Boeing on Tuesday delivered ...", "The ministers on Monday will meet ..."
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).tag().equals("RB"))
            j++;
        if (j == tokens.size())
            return Tense.UNKNOWN;
        CoreLabel after = tokens.get(j);
        if (after.tag().equals("VBD"))
            return Tense.PAST;
        return after.tag().equals("MD") && WILL.contains(after.word().toLowerCase(Locale.ROOT)) ? Tense.FUTURE
                : Tense.UNKNOWN;
    }

    /** The tense a verb right before a weekday gives it. */
    private static Tense tenseOf(CoreLabel verb) {
        String word = verb.word().toLowerCase(Locale.ROOT), lemma = verb.lemma() == null ? word : verb.lemma();
        switch (verb.tag()) {
            case "VBD": return Tense.PAST;
            case "VBN": return AHEAD.contains(word) ? Tense.FUTURE : Tense.PAST;
            case "VB": return Tense.FUTURE;
            case "MD": return WILL.contains(word) ? Tense.FUTURE : Tense.UNKNOWN;
            case "VBP", "VBZ": return NOT_A_PLAN.contains(lemma) ? Tense.UNKNOWN : Tense.FUTURE;
            default: return Tense.UNKNOWN;
        }
    }

    /**
     * The weekday of HeidelTime's value, the last one before the article for a past verb and the next one after it
     * for a coming one; the article's own weekday stays HeidelTime's.
     */
    private static String weekdayOf(String value, LocalDate date, Tense tense) {
        Matcher m = DAY_VALUE.matcher(value);
        if (!m.matches())
            return value;
        DayOfWeek day = LocalDate.parse(m.group(1)).getDayOfWeek();
        if (day == date.getDayOfWeek())
            return value;
        LocalDate resolved = date.with(tense == Tense.PAST ? TemporalAdjusters.previous(day)
                : TemporalAdjusters.next(day));
        return resolved + m.group(2);
    }

    /** A weekday HeidelTime put six days before the article is the one after it. */
    private static String notSixDaysBefore(String value, LocalDate date) {
        Matcher m = DAY_VALUE.matcher(value);
        if (!m.matches())
            return value;
        LocalDate day = LocalDate.parse(m.group(1));
        return day.equals(date.minusDays(6)) ? date.plusDays(1) + m.group(2) : value;
    }

    private static void addIfFree(List<TimeExpressions.Expression> out, TimeExpressions.Expression x) {
        for (TimeExpressions.Expression e : out)
            if (e.begin() < x.end() && x.begin() < e.end())
                return;
        out.add(x);
    }
}
