package org.diplograph.eval;

import java.util.List;
import java.util.Optional;

/** The registered evaluations. Add new ones to {@link #all()}. */
public final class Evaluations {
    private Evaluations() {
    }

    public static List<Evaluation> all() {
        return List.of(
                new PolnearEvaluation(),
                new PolnearCorenlpBaseline());
    }

    public static Optional<Evaluation> byName(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
