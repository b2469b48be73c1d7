package org.diplograph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent per extraction stage, summed over all articles and threads (like CoreNLP's per-annotator timing). */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Seconds per stage, in the order of {@code stages}. */
    public Map<String, Double> seconds(List<ExtractionStage> stages) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ExtractionStage stage : stages) {
            LongAdder total = nanos.get(stage.name());
            out.put(stage.name(), total == null ? 0.0 : total.sum() / 1e9);
        }
        return out;
    }

    public void reset() {
        nanos.clear();
    }
}
