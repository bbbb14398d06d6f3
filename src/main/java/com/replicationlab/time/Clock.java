package com.replicationlab.time;

/**
 * The only way the engine reads time. Over TCP it is the system clock; in the lab it is the
 * virtual clock, so that a run is a pure function of its seed and actions.
 */
@FunctionalInterface
public interface Clock {
    /** Milliseconds since the Unix epoch (real or virtual). */
    long nowMs();

    /** Whole seconds, as Redis's cached {@code server.unixtime}. */
    default long nowSeconds() {
        return Math.floorDiv(nowMs(), 1000);
    }
}
