package com.replicationlab.lab.snapshot;

/**
 * A master's backlog ring: its size, the bytes it holds (oldest first, offsets
 * firstByteOffset..masterOffset), where each write began, and where in the ring each offset lives.
 * The arrays are the snapshot's own copies; readers must not modify them.
 *
 * @param writeStarts the offsets where each write still held began, oldest first
 */
public record BacklogView(int sizeBytes, long firstByteOffset, long histlen, long masterOffset, byte[] bytes,
                          long[] writeStarts) {

    /** Index in the ring of the byte with stream offset {@code offset}. */
    public int positionOf(long offset) {
        return (int) Math.floorMod(offset - 1, (long) sizeBytes);
    }
}
