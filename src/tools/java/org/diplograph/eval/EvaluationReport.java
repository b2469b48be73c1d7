package org.diplograph.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one evaluation run, by name ("precision", "recall", "f1", "accuracy", "documents"…). */
public record EvaluationReport(String evaluation, Map<String, Double> figures) {
    public EvaluationReport {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures)); // keeps the run's order
    }

    public double figure(String name) {
        Double value = figures.get(name);
        if (value == null)
            throw new IllegalArgumentException(evaluation + " has no figure '" + name + "': " + figures.keySet());
        return value;
    }
}
