package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement found but not yet resolved: where its content is (one or more character ranges: a quote split by
 * its attribution has two), its cue and its source phrase (token ranges), and the rule that found it.
 */
final class Attribution {
    /** Content pieces, character ranges {@code [begin, end)} in text order. */
    final List<int[]> pieces = new ArrayList<>();
    final boolean direct;
    final String rule;
    /** How sure the rule is of the content/cue/source triple, before speaker resolution. */
    final double confidence;
    int cueBegin = -1, cueEnd = -1;
    int sourceBegin = -1, sourceEnd = -1, sourceHead = -1;
    /** For quotes that continue an earlier statement without naming the speaker again. */
    Attribution continues;

    Attribution(int begin, int end, boolean direct, String rule, double confidence) {
        pieces.add(new int[] {begin, end});
        this.direct = direct;
        this.rule = rule;
        this.confidence = confidence;
    }

    Attribution cue(int begin, int end) {
        cueBegin = begin;
        cueEnd = end;
        return this;
    }

    Attribution source(int begin, int end, int head) {
        sourceBegin = begin;
        sourceEnd = end;
        sourceHead = head;
        return this;
    }

    boolean hasSource() {
        return sourceBegin >= 0;
    }

    int begin() {
        return pieces.get(0)[0];
    }

    int end() {
        return pieces.get(pieces.size() - 1)[1];
    }

    boolean overlaps(int begin, int end) {
        return begin < end() && begin() < end;
    }
}
