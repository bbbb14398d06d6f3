package com.replicationlab.cli.bench;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
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

    /**
     * CPU time of the whole JVM so far (every thread: the measured one, the collector, the
     * compiler), in ms. On a shared machine it moves far less than wall time with the load.
     */
    static double processCpuMs() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    /**
     * CPU time of the calling thread so far, in ms: the measured work alone, without the collector
     * and the compiler, which process CPU counts too.
     */
    static double threadCpuMs() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
    }

    /**
     * What the calling thread has allocated so far, in MB: the same for the same work in every run,
     * however loaded the machine, and what the collector's share of the CPU follows.
     */
    static double threadAllocatedMb() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) / (1024.0 * 1024.0);
    }
}
