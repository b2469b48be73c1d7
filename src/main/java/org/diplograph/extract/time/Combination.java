package org.diplograph.extract.time;

import java.util.ArrayList;
import java.util.List;

/** Two taggers' expressions together, for evaluation (docs/EVALUATION.md). */
final class Combination {
    private Combination() {
    }

    /** The first tagger's expressions, and the second's where the first found nothing overlapping. */
    static List<TimeExpressions.Expression> of(List<TimeExpressions.Expression> first,
                                              List<TimeExpressions.Expression> second) {
        List<TimeExpressions.Expression> out = new ArrayList<>(first);
        for (TimeExpressions.Expression h : second)
            if (first.stream().noneMatch(s -> s.begin() < h.end() && h.begin() < s.end()))
                out.add(h);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }
}
