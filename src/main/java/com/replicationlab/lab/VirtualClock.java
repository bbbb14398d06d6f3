package com.replicationlab.lab;

import com.replicationlab.time.Clock;

/**
 * The lab's time: it moves only when the lab runs an event or is told to advance. It starts at a
 * fixed date so that TTLs, INFO and RDB timestamps look real and are the same in every run.
 */
public final class VirtualClock implements Clock {
    /** 2026-01-01T00:00:00Z. */
    public static final long START_MS = 1_767_225_600_000L;

    private long nowMs = START_MS;

    @Override
    public long nowMs() {
        return nowMs;
    }

    /** Milliseconds since the lab started. */
    public long elapsedMs() {
        return nowMs - START_MS;
    }

    void moveTo(long ms) {
        if (ms < nowMs) {
            throw new IllegalStateException("time cannot go back: " + ms + " < " + nowMs);
        }
        nowMs = ms;
    }
}
