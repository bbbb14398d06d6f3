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

    void begin() {
        depth++;
    }

    void add(int dbIndex, List<byte[]> command) {
        pending.add(new Pending(dbIndex, List.copyOf(command)));
    }

    boolean inUnit() {
        return depth > 0;
    }

    /** Ends the unit; the outermost end feeds {@code sink} (or discards, if sink is null). */
    void end(Sink sink) {
        if (--depth > 0) {
            return;
        }
        List<Pending> unit = List.copyOf(pending);
        pending.clear();
        if (sink == null || unit.isEmpty()) {
            return;
        }
        if (unit.size() == 1) {
            sink.feed(unit.get(0).dbIndex(), unit.get(0).command());
            return;
        }
        sink.feed(unit.get(0).dbIndex(), MULTI);
        unit.forEach(p -> sink.feed(p.dbIndex(), p.command()));
        sink.feed(unit.get(unit.size() - 1).dbIndex(), EXEC);
    }
}
