package com.replicationlab.ui.backlog;

import java.util.Locale;

/**
 * One write of the replication stream as the backlog holds it: the stream offsets of its first
 * and last byte, and the command in words ("SET key value").
 *
 * @param cut  the ring has already overwritten its beginning: only its tail is still held
 * @param name the label's first word in capitals ("SET"): the ring colours every held command by it
 *             on every frame, so it is found once
 */
public record StreamCommand(long first, long last, String label, boolean cut, String name) {

    public StreamCommand(long first, long last, String label, boolean cut) {
        this(first, last, label, cut, firstWord(label).toUpperCase(Locale.ROOT));
    }

    public long size() {
        return last - first + 1;
    }

    /** Whether the command has at least one byte in {@code from..to}. */
    public boolean overlaps(long from, long to) {
        return first <= to && last >= from;
    }

    private static String firstWord(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }
}
