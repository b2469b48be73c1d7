package org.diplograph.eval.devset;

import org.diplograph.eval.Scores;

/** Counts that add up over the articles of one half. */
final class Tally {
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

    final Rate statementsFound = new Rate();
    final Rate speakerRight = new Rate();
    Scores attribution = new Scores(0, 0, 0);

    Scores relationPairs = new Scores(0, 0, 0);
    final Rate relationPairsMacroF1 = new Rate();
    Scores typedRelations = new Scores(0, 0, 0);
    final Rate relationDate = new Rate();

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
