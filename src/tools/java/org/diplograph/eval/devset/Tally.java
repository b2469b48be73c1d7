package org.diplograph.eval.devset;

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
