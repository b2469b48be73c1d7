package org.diplograph.bench;

import java.util.Collection;

/** Latency percentiles as the benchmarks report them (nearest rank). */
final class Latencies {
    private Latencies() {
    }

    static double[] sorted(Collection<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The {@code q}-quantile (0 < q ≤ 1) of sorted values by nearest rank; NaN for none. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0)
            return Double.NaN;
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1))];
    }
}
