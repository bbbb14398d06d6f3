package com.replicationlab.replication;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How far the master had sent to one replica at recent moments (sampled when ACKs arrive), so it
 * can tell bytes that had time to arrive from bytes still on their way.
 */
final class SentHistory {
    /** Enough samples to look back over several heartbeats, even with GETACK answers between. */
    private static final int MAX_SAMPLES = 64;

    private record Sample(long timeMs, long sentOffset) {}

    private final Deque<Sample> samples = new ArrayDeque<>();

    void record(long timeMs, long sentOffset) {
        samples.addLast(new Sample(timeMs, sentOffset));
        if (samples.size() > MAX_SAMPLES) {
            samples.pollFirst();
        }
    }

    /** The offset sent by {@code timeMs} as far as the samples tell (-1 if none is that old). */
    long sentBy(long timeMs) {
        long sent = -1;
        for (Sample sample : samples) {
            if (sample.timeMs() > timeMs) {
                break;
            }
            sent = sample.sentOffset();
        }
        return sent;
    }
}
