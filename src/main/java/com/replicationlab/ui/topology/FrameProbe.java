package com.replicationlab.ui.topology;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The window's own frame timer: the intervals between the last pulses (a ring of
 * {@link #CAPACITY}), and their median, 99th percentile and worst. Fed once per pulse by the
 * canvas's animation timer, read on the JavaFX thread (the overlay, the window benchmark).
 */
public final class FrameProbe {
    /** Frames kept: about half a minute at 60 frames a second. */
    public static final int CAPACITY = 2_000;
    private static final double NANOS_PER_MS = 1e6;

    private final long[] intervals;
    private int count;
    private int next;
    private long lastNanos = -1;
    private long firstNanos = -1;

    public FrameProbe() {
        this(CAPACITY);
    }

    FrameProbe(int capacity) {
        intervals = new long[capacity];
    }

    /** A pulse at {@code nowNanos} (an AnimationTimer's time): the interval since the last one is kept. */
    public void frame(long nowNanos) {
        if (firstNanos < 0) {
            firstNanos = nowNanos;
        }
        if (lastNanos >= 0) {
            interval(nowNanos - lastNanos);
        }
        lastNanos = nowNanos;
    }

    /** Keeps one frame-to-frame interval, forgetting the oldest when full. */
    void interval(long nanos) {
        intervals[next] = nanos;
        next = (next + 1) % intervals.length;
        count = Math.min(count + 1, intervals.length);
    }

    /** Forgets the intervals kept (a benchmark's next phase); the next pulse starts afresh. */
    public void clear() {
        count = 0;
        next = 0;
        lastNanos = -1;
    }

    /** When the first pulse came (the same clock as {@link #frame}), if one has. */
    public OptionalLong firstFrameNanos() {
        return firstNanos < 0 ? OptionalLong.empty() : OptionalLong.of(firstNanos);
    }

    /** The intervals kept, summed up; all zero before two pulses. */
    public FrameStats stats() {
        if (count == 0) {
            return new FrameStats(0, 0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        long total = 0;
        for (long interval : sorted) {
            total += interval;
        }
        double fps = total == 0 ? 0 : count * 1e9 / total;
        return new FrameStats(count, ms(percentile(sorted, 50)), ms(percentile(sorted, 99)),
                ms(sorted[count - 1]), fps);
    }

    /** Nearest rank: the smallest interval that at least {@code p} % of them do not exceed. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / NANOS_PER_MS;
    }

    /**
     * Frame times of the frames kept.
     *
     * @param frames intervals measured
     * @param fps frames per second over them
     */
    public record FrameStats(int frames, double p50Ms, double p99Ms, double maxMs, double fps) {
    }
}
