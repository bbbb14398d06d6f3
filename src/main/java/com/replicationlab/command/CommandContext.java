package com.replicationlab.command;

import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.time.Clock;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a command sees while it runs: its arguments, the client's database, and propagation. */
public interface CommandContext {

    /** All arguments; index 0 is the command name as the client sent it. */
    List<byte[]> args();

    default byte[] arg(int index) {
        return args().get(index);
    }

    default String argString(int index) {
        return new String(args().get(index), StandardCharsets.UTF_8);
    }

    default int argCount() {
        return args().size();
    }

    /** The database the client has selected. */
    Database db();

    Keyspace keyspace();

    /** Changes the client's selected database (SELECT). */
    void selectDb(int index);

    default Clock clock() {
        return keyspace().clock();
    }

    /** Sends this command to replicas exactly as the client sent it. */
    default void propagate() {
        propagate(args());
    }

    /**
     * Sends {@code command} to replicas instead of (or besides) the client's command, e.g. SET with
     * EX rewritten to an absolute PXAT. Several calls in one command are sent as MULTI ... EXEC.
     */
    void propagate(List<byte[]> command);
}
