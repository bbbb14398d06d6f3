package com.replicationlab.lab.snapshot;

import java.util.Arrays;

/**
 * A master's backlog ring: its size, the bytes it holds (oldest first, offsets
 * firstByteOffset..masterOffset), where each write began, and where in the ring each offset lives.
 *
 * @param stream an array holding the backlog's bytes, oldest first, from index {@code streamStart}
 *               ({@link #streamIndexOf}): successive snapshots of one backlog share it, and only
 *               bytes past the ones a snapshot holds are ever written to it after; readers must not
 *               modify it
 * @param writeStarts the offsets where each write still held began, oldest first (the snapshot's own
 *                    copy; readers must not modify it)
 */
public record BacklogView(int sizeBytes, long firstByteOffset, long histlen, long masterOffset, byte[] stream,
                          int streamStart, long[] writeStarts) {

    /** Index in the ring of the byte with stream offset {@code offset}. */
    public int positionOf(long offset) {
        return (int) Math.floorMod(offset - 1, (long) sizeBytes);
    }

    /** Index in {@link #stream} of the byte with stream offset {@code offset}, one the backlog holds. */
    public int streamIndexOf(long offset) {
        return streamStart + (int) (offset - firstByteOffset);
    }

    /**
     * Whether this backlog and {@code other} both hold offsets {@code first..last}, with the same
     * bytes. Snapshots of one backlog share their array, and a byte once held there is never written
     * again: the same place in the same array is the same bytes, found without comparing them.
     */
    public boolean sameBytes(BacklogView other, long first, long last) {
        if (other == null || first < firstByteOffset || last > masterOffset || first < other.firstByteOffset
                || last > other.masterOffset) {
            return false;
        }
        int here = streamIndexOf(first);
        int there = other.streamIndexOf(first);
        if (stream == other.stream && here == there) {
            return true;
        }
        int length = (int) (last - first + 1);
        return Arrays.equals(stream, here, here + length, other.stream, there, there + length);
    }
}
