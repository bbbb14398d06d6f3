package com.replicationlab.cli.bench;

import java.util.Arrays;
import java.util.Collection;

/** Small statistics for repeated measurements: the median of the repeats, percentiles of samples. */
final class Stats {
    private Stats() {
    }

    static double median(Collection<Double> values) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    /** The nearest-rank percentile {@code p} (0..100) of {@code values}; NaN when there are none. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
