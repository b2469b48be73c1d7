package org.diplograph.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Precision / recall / F1 from counts of true positives, false positives and false negatives. */
public record Scores(long truePositives, long falsePositives, long falseNegatives) {
    public double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        long gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Scores plus(Scores other) {
        return new Scores(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** precision, recall, f1 under {@code prefix} ("" or e.g. "PER."). */
    public Map<String, Double> figures(String prefix) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(prefix + "precision", precision());
        m.put(prefix + "recall", recall());
        m.put(prefix + "f1", f1());
        return m;
    }

    public String format() {
        return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
