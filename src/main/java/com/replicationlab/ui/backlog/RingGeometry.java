package com.replicationlab.ui.backlog;

/**
 * Where stream offsets fall on a ring of {@code sizeBytes}: as a fraction of a turn, clockwise
 * from the top. A byte of offset o sits at ring index (o - 1) mod size, so the boundary before it
 * is at that index and the boundary after it one further on.
 */
record RingGeometry(int sizeBytes) {

    /** The turn fraction of the boundary just before the byte of {@code offset}. */
    double before(long offset) {
        return Math.floorMod(offset - 1, (long) sizeBytes) / (double) sizeBytes;
    }

    /** The turn fraction of the boundary just after the byte of {@code offset}. */
    double after(long offset) {
        return Math.floorMod(offset, (long) sizeBytes) / (double) sizeBytes;
    }

    /** How much of a turn {@code bytes} take. */
    double span(long bytes) {
        return Math.min(1.0, bytes / (double) sizeBytes);
    }

    /** The screen angle (radians, y down) of a turn fraction: 0 is the top, a quarter is the right. */
    static double radians(double turn) {
        return -Math.PI / 2 + 2 * Math.PI * turn;
    }

    /** The JavaFX arc start (degrees, counter-clockwise from three o'clock) of a turn fraction. */
    static double arcStart(double turn) {
        return 90 - 360 * turn;
    }
}
