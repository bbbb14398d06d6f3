package com.replicationlab.lab.snapshot;

/** One direction of a link and its faults. */
public record LinkView(String from, String to, long latencyMs, long jitterMs, boolean dead, int dropRatePercent,
                       int dropNextArmed, int duplicateNextArmed, int holdNextArmed) {
}
