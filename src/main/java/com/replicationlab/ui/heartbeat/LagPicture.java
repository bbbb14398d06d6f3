package com.replicationlab.ui.heartbeat;

import java.util.ArrayList;
import java.util.List;

/**
 * What the lag chart draws: for each replica of the master, when its ACKs arrived and how long ago
 * the last one did; the time window; the min-replicas-max-lag threshold.
 *
 * @param thresholdActive whether min-replicas-to-write is on (else the threshold is only shown)
 */
public record LagPicture(long nowMs, long windowMs, int maxLagSeconds, boolean thresholdActive, List<Line> lines) {

    public static final LagPicture EMPTY = new LagPicture(0, HeartbeatViewModel.WINDOW_MS, 10, false, List.of());

    public long fromMs() {
        return nowMs - windowMs;
    }

    /** One replica: its ACK times in the window (with the one before) and the time since its last ACK now. */
    public record Line(String replica, List<Long> ackTimesMs, long msSinceAck) {

        /**
         * The saw-tooth of "ms since the last ACK" over {@code fromMs..nowMs}: {t, value} corners, climbing
         * one ms per ms and falling to zero at each ACK. The last fall is where the snapshot puts it.
         */
        public List<long[]> points(long fromMs, long nowMs) {
            long lastReset = nowMs - msSinceAck;
            List<Long> resets = new ArrayList<>();
            for (long t : ackTimesMs) {
                if (t < lastReset) {
                    resets.add(t);
                }
            }
            resets.add(lastReset);
            List<long[]> points = new ArrayList<>();
            Long previous = null;
            for (long reset : resets) {
                if (previous != null && reset > fromMs) {
                    long start = Math.max(previous, fromMs);
                    points.add(new long[] {start, start - previous});
                    points.add(new long[] {reset, reset - previous});
                }
                if (reset >= fromMs) {
                    points.add(new long[] {reset, 0});
                }
                previous = reset;
            }
            long start = Math.max(lastReset, fromMs);
            if (points.isEmpty() || points.get(points.size() - 1)[0] != start) {
                points.add(new long[] {start, start - lastReset});
            }
            points.add(new long[] {nowMs, msSinceAck});
            return points;
        }

        /** The longest wait between ACKs shown (ms). */
        public long peakMs(long fromMs, long nowMs) {
            return points(fromMs, nowMs).stream().mapToLong(p -> p[1]).max().orElse(0);
        }
    }
}
