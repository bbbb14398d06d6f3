package com.replicationlab.store.commands;

import com.replicationlab.command.CommandContext;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;

import java.util.ArrayList;
import java.util.List;

/**
 * A command context for tests: a keyspace on a settable clock, and a record of everything propagated.
 * Keys deleted because their time ran out are recorded as "DEL key", as the server propagates them.
 */
final class RecordingContext implements CommandContext {
    private long nowMs;
    private final Keyspace keyspace = new Keyspace(() -> nowMs);
    private final List<List<byte[]>> propagated = new ArrayList<>();
    private List<byte[]> args = List.of();
    private int dbIndex;

    RecordingContext(long nowMs) {
        this.nowMs = nowMs;
        keyspace.setExpiryListener((db, key) -> propagated.add(List.of("DEL".getBytes(), key.bytes())));
    }

    void setNowMs(long nowMs) {
        this.nowMs = nowMs;
    }

    void advanceMs(long ms) {
        nowMs += ms;
    }

    long nowMs() {
        return nowMs;
    }

    void setArgs(List<byte[]> args) {
        this.args = args;
    }

    /** Everything propagated so far, oldest first. */
    List<List<byte[]>> propagated() {
        return propagated;
    }

    @Override
    public List<byte[]> args() {
        return args;
    }

    @Override
    public Database db() {
        return keyspace.db(dbIndex);
    }

    @Override
    public Keyspace keyspace() {
        return keyspace;
    }

    @Override
    public void selectDb(int index) {
        dbIndex = index;
    }

    @Override
    public void propagate(List<byte[]> command) {
        propagated.add(List.copyOf(command));
    }
}
