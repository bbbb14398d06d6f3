package com.replicationlab.lab.snapshot;

import java.util.List;

/**
 * A master's backlog ring: its size, the bytes it holds (oldest first, offsets
 * firstByteOffset..masterOffset), where each write began, and where in the ring each offset lives.
 */
public record BacklogView(int sizeBytes, long firstByteOffset, long histlen, long masterOffset, byte[] bytes,
                          List<Long> writeStarts) {

    /** Index in the ring of the byte with stream offset {@code offset}. */
    public int positionOf(long offset) {
        return (int) Math.floorMod(offset - 1, (long) sizeBytes);
    }
}
