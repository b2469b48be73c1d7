package org.diplograph.eval.devset;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.eval.Scores;

/**
 * Counts that add up over the articles of one half (extractor against gold), or over the doubly annotated articles
 * (second annotation against the first, {@link DevsetAgreement}; the fields marked "agreement" are its alone).
 */
final class Tally {
    /** Agreement: every person record, by name. */
    Scores persons = new Scores(0, 0, 0);
    Scores officials = new Scores(0, 0, 0);
    Scores officialsByName = new Scores(0, 0, 0);
    final Rate officialsWithCountry = new Rate();
    final Rate personsPerRealPerson = new Rate();

    Scores meetingPairs = new Scores(0, 0, 0);
    Scores meetingPairsByName = new Scores(0, 0, 0);
    Scores meetingPairsAnyStatus = new Scores(0, 0, 0);
    final Rate meetingDate = new Rate();
    final Rate meetingMode = new Rate();
    final Rate meetingStatus = new Rate();
    /** Agreement: date and mode on the pairs matched at any status (the figures above are on occurred ones). */
    final Rate meetingDateAnyStatus = new Rate();
    final Rate meetingModeAnyStatus = new Rate();

    final Rate statementsFound = new Rate();
    final Rate speakerRight = new Rate();
    Scores attribution = new Scores(0, 0, 0);
    /** Agreement: the same KIND (direct, reported, turn, joint) on matched statements. */
    final Rate statementKind = new Rate();
    /** Agreement: statements of the second annotation that match none of the first. */
    int statementsExtra;
    /**
     * Agreement: what the figures leave out, counted ("meeting pairs: sure in the first, doubtful in the second",
     * "statement anchors: identical"…).
     */
    final Map<String, Integer> notes = new TreeMap<>();

    Scores relationPairs = new Scores(0, 0, 0);
    final Rate relationPairsMacroF1 = new Rate();
    Scores typedRelations = new Scores(0, 0, 0);
    final Rate relationDate = new Rate();

    /** The meeting figures, as {@code eval} reports them. */
    void putMeetings(Map<String, Double> f) {
        put(f, "meetings.pairs.", meetingPairs);
        put(f, "meetings.pairs.byName.", meetingPairsByName);
        put(f, "meetings.anyStatus.", meetingPairsAnyStatus);
        f.put("meetings.date.accuracy", meetingDate.value());
        f.put("meetings.mode.accuracy", meetingMode.value());
        f.put("meetings.status.accuracy", meetingStatus.value());
    }

    void putRelations(Map<String, Double> f) {
        put(f, "relations.pairs.", relationPairs);
        f.put("relations.pairs.macroF1", relationPairsMacroF1.value());
        put(f, "relations.typed.", typedRelations);
        f.put("relations.date.accuracy", relationDate.value());
    }

    static void put(Map<String, Double> figures, String prefix, Scores scores) {
        figures.putAll(scores.figures(prefix));
    }

    void printMeetings(PrintWriter out) {
        out.printf("meeting pairs (occurred):    %s%n", meetingPairs.format());
        out.printf("  by name only:              %s%n", meetingPairsByName.format());
        out.printf("  any status:                %s%n", meetingPairsAnyStatus.format());
        out.printf("  date / mode / status:      %s / %s / %s%n", meetingDate.format(), meetingMode.format(),
                meetingStatus.format());
    }

    void printRelations(PrintWriter out) {
        out.printf("relation pairs:              %s; macro F1 %.3f%n", relationPairs.format(), relationPairsMacroF1.value());
        out.printf("typed relations:             %s; date %s%n", typedRelations.format(), relationDate.format());
    }

    void note(String what) {
        notes.merge(what, 1, Integer::sum);
    }

    /** A share of cases, or a mean of values when {@link #add(double)} is used. */
    static final class Rate {
        double sum;
        int total;

        void add(boolean ok) {
            add(ok ? 1 : 0);
        }

        void add(double value) {
            sum += value;
            total++;
        }

        double value() {
            return total == 0 ? 0 : sum / total;
        }

        String format() {
            return String.format("%.3f (%s of %d)", value(), sum == Math.rint(sum) ? String.valueOf((long) sum)
                    : String.format("%.1f", sum), total);
        }
    }
}
