package com.replicationlab.ui.topology;

/**
 * A replica's link to its master as drawn: the lane down (master to replica, the replication
 * stream) on one side and the lane up (replica to master, ACKs) on the other.
 *
 * @param current false for a link remembered from before the replica went down
 */
record LinkLine(String master, String replica, Lane down, Lane up, boolean current) {

    /** The lane a packet from {@code from} to {@code to} travels, or null if it is not on this link. */
    Lane laneOf(String from, String to) {
        if (from.equals(master) && to.equals(replica)) {
            return down;
        }
        if (from.equals(replica) && to.equals(master)) {
            return up;
        }
        return null;
    }

    double distanceTo(double px, double py) {
        return Math.min(down.distanceTo(px, py), up.distanceTo(px, py));
    }
}
