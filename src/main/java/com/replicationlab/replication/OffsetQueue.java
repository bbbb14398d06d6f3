package com.replicationlab.replication;

/**
 * Stream offsets in the order they were added, oldest first, kept as plain {@code long}s in a
 * ring that grows when full: the backlog adds one per write, tens of thousands of times a second
 * under load, where a {@code Deque<Long>} would box every one.
 */
final class OffsetQueue {
    private long[] ring = new long[64];
    /** Index of the oldest offset. */
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void addLast(long offset) {
        if (size == ring.length) {
            grow();
        }
        ring[(head + size) % ring.length] = offset;
        size++;
    }

    /** The oldest offset; the queue must not be empty. */
    long first() {
        return ring[head];
    }

    void removeFirst() {
        head = (head + 1) % ring.length;
        size--;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    /**
     * The offsets, oldest first, in a new array: the window's snapshots take a master's several
     * thousand write starts sixty times a second, and a list of boxed offsets cost three times the
     * memory of the array.
     */
    long[] toArray() {
        long[] offsets = new long[size];
        for (int i = 0; i < size; i++) {
            offsets[i] = ring[(head + i) % ring.length];
        }
        return offsets;
    }

    private void grow() {
        long[] larger = new long[ring.length * 2];
        for (int i = 0; i < size; i++) {
            larger[i] = ring[(head + i) % ring.length];
        }
        ring = larger;
        head = 0;
    }
}
