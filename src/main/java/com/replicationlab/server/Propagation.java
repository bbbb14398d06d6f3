package com.replicationlab.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one execution unit (a command, or a whole EXEC) sends to replicas, and hands it
 * over when the unit ends: one command as it is, several wrapped in MULTI ... EXEC so replicas
 * apply them atomically (Redis 7.0's propagatePendingCommands).
 */
final class Propagation {

    /** Receives the commands of a finished unit. */
    interface Sink {
        void feed(int dbIndex, List<byte[]> command);
    }

    private record Pending(int dbIndex, List<byte[]> command) {}

    private static final List<byte[]> MULTI = List.of("MULTI".getBytes());
    private static final List<byte[]> EXEC = List.of("EXEC".getBytes());

    private final List<Pending> pending = new ArrayList<>();
    private int depth;
    /** Where the current unit's commands go when it ends; null while none is open, or if they go nowhere. */
    private Sink sink;

    /**
     * Begins a unit whose commands {@code sink} receives when it ends, or nobody if it is null: a
     * replica applies its master's stream and passes it on as it came, not as it propagates it. A
     * unit begun inside another is part of it.
     */
    void begin(Sink sink) {
        if (depth++ == 0) {
            this.sink = sink;
        }
    }

    /**
     * Adds a command to the unit, unless the unit's commands go nowhere (they are not even kept, as
     * nearly every command a replica runs comes from its master). The list is kept, not copied: it
     * must not change afterwards, as neither a request's arguments (unmodifiable) nor a command's
     * rewrite (a new list) do.
     */
    void add(int dbIndex, List<byte[]> command) {
        if (sink != null) {
            pending.add(new Pending(dbIndex, command));
        }
    }

    boolean inUnit() {
        return depth > 0;
    }

    /** Ends the unit; the outermost end feeds its sink what the unit collected. */
    void end() {
        if (--depth > 0) {
            return;
        }
        Sink to = sink;
        sink = null;
        try {
            if (!pending.isEmpty()) {
                feed(to);
            }
        } finally {
            pending.clear();
        }
    }

    private void feed(Sink sink) {
        if (pending.size() == 1) {
            sink.feed(pending.get(0).dbIndex(), pending.get(0).command());
            return;
        }
        sink.feed(pending.get(0).dbIndex(), MULTI);
        for (Pending p : pending) {
            sink.feed(p.dbIndex(), p.command());
        }
        sink.feed(pending.get(pending.size() - 1).dbIndex(), EXEC);
    }
}
