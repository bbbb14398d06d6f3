package com.replicationlab.ui.topology;

/** Where a packet was drawn in the last frame, for clicks. */
record PacketSpot(long id, double x, double y, double radius) {

    boolean hit(double px, double py) {
        return Math.hypot(px - x, py - y) <= radius;
    }
}
