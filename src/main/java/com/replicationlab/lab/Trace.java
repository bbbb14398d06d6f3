package com.replicationlab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lab's record of everything that happened. Listeners see every record as it is made; the
 * trace itself keeps only the most recent ones, so a long run does not grow without bound.
 */
public final class Trace {
    public static final int DEFAULT_CAPACITY = 200_000;

    private final VirtualClock clock;
    private final RecentRecords recent;
    private final List<Consumer<TraceRecord>> listeners = new ArrayList<>();
    private long nextIndex;

    Trace(VirtualClock clock, int capacity) {
        this.clock = clock;
        this.recent = new RecentRecords(capacity);
    }

    TraceRecord add(TraceKind kind, String node, String text) {
        return add(kind, node, text, 0);
    }

    TraceRecord add(TraceKind kind, String node, String text, long packetId) {
        return add(kind, node, Words.data(text), packetId);
    }

    TraceRecord add(TraceKind kind, String node, Words words) {
        return add(kind, node, words, 0);
    }

    TraceRecord add(TraceKind kind, String node, Words words, long packetId) {
        return add(new TraceRecord(nextIndex++, clock.elapsedMs(), kind, node, words, packetId));
    }

    /** A packet's record: {@code kind} is {@link TraceKind#SENT} or {@link TraceKind#DELIVERED}. */
    TraceRecord add(TraceKind kind, String node, Packet packet) {
        return add(new TraceRecord(nextIndex++, clock.elapsedMs(), kind, node, packet));
    }

    private TraceRecord add(TraceRecord record) {
        recent.add(record);
        // A loop over indexes: forEach with a lambda made a closure for every record, and a for-each
        // loop an iterator (the JIT does not remove it here).
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).accept(record);
        }
        return record;
    }

    public void addListener(Consumer<TraceRecord> listener) {
        listeners.add(listener);
    }

    /** The records still kept, oldest first. */
    public List<TraceRecord> records() {
        return recent.toList();
    }

    /** How many records were ever made. */
    public long size() {
        return nextIndex;
    }
}
