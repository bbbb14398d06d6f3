package com.replicationlab.ui.backlog;

/**
 * One write of the replication stream as the backlog holds it: the stream offsets of its first
 * and last byte, and the command in words ("SET key value").
 *
 * @param cut the ring has already overwritten its beginning: only its tail is still held
 */
public record StreamCommand(long first, long last, String label, boolean cut) {

    public long size() {
        return last - first + 1;
    }

    /** Whether the command has at least one byte in {@code from..to}. */
    public boolean overlaps(long from, long to) {
        return first <= to && last >= from;
    }
}
