package com.replicationlab.ui.topology;

import com.replicationlab.ui.topology.FrameProbe.FrameStats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The frame probe")
class FrameProbeTest {
    private static final long MS = 1_000_000;

    @Test
    @DisplayName("reports nothing before two pulses")
    void empty() {
        FrameProbe probe = new FrameProbe();
        assertEquals(new FrameStats(0, 0, 0, 0, 0), probe.stats());
        probe.frame(5 * MS);
        assertEquals(0, probe.stats().frames());
        assertEquals(OptionalLong.of(5 * MS), probe.firstFrameNanos());
    }

    @Test
    @DisplayName("keeps the intervals between pulses")
    void intervalsBetweenPulses() {
        FrameProbe probe = new FrameProbe();
        for (long t : new long[] {100 * MS, 116 * MS, 133 * MS, 183 * MS}) {
            probe.frame(t);
        }
        FrameStats stats = probe.stats();
        assertEquals(3, stats.frames());
        assertEquals(17.0, stats.p50Ms());
        assertEquals(50.0, stats.maxMs());
        assertEquals(3 * 1000.0 / 83, stats.fps(), 1e-9);
    }

    @Test
    @DisplayName("takes the median and the 99th percentile by nearest rank")
    void percentiles() {
        FrameProbe probe = new FrameProbe();
        for (int i = 1; i <= 100; i++) {
            probe.interval(i * MS); // 1 ms … 100 ms, in order
        }
        FrameStats stats = probe.stats();
        assertEquals(100, stats.frames());
        assertEquals(50.0, stats.p50Ms());
        assertEquals(99.0, stats.p99Ms());
        assertEquals(100.0, stats.maxMs());
    }

    @Test
    @DisplayName("sees one long frame among a hundred steady ones at the 99th percentile but not the median")
    void oneStutter() {
        FrameProbe probe = new FrameProbe();
        for (int i = 0; i < 99; i++) {
            probe.interval(16 * MS);
        }
        probe.interval(80 * MS);
        FrameStats stats = probe.stats();
        assertEquals(16.0, stats.p50Ms());
        assertEquals(16.0, stats.p99Ms());
        assertEquals(80.0, stats.maxMs());
        probe.interval(80 * MS);
        assertEquals(80.0, probe.stats().p99Ms());
    }

    @Test
    @DisplayName("forgets the oldest intervals once its ring is full")
    void ring() {
        FrameProbe probe = new FrameProbe(4);
        for (long ms : new long[] {90, 90, 10, 20, 30, 40}) {
            probe.interval(ms * MS);
        }
        FrameStats stats = probe.stats();
        assertEquals(4, stats.frames());
        assertEquals(20.0, stats.p50Ms());
        assertEquals(40.0, stats.maxMs());
    }

    @Test
    @DisplayName("after clearing, counts from the next pulse but remembers the first one")
    void clear() {
        FrameProbe probe = new FrameProbe();
        probe.frame(0);
        probe.frame(16 * MS);
        probe.clear();
        probe.frame(1000 * MS);
        assertEquals(0, probe.stats().frames());
        probe.frame(1010 * MS);
        assertEquals(new FrameStats(1, 10.0, 10.0, 10.0, 100.0), probe.stats());
        assertEquals(OptionalLong.of(0), probe.firstFrameNanos());
    }
}
