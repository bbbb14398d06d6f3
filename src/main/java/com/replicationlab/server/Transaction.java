package com.replicationlab.server;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandFlag;

import java.util.ArrayList;
import java.util.List;

/** A client's MULTI block: the commands queued so far, and whether one was refused while queuing. */
public final class Transaction {
    /** Bounds what one client can queue, so a runaway MULTI cannot exhaust memory. */
    public static final int MAX_QUEUED = 100_000;

    public record Queued(Command command, List<byte[]> args) {}

    private final List<Queued> queued = new ArrayList<>();
    private boolean aborted;

    public void queue(Command command, List<byte[]> args) {
        queued.add(new Queued(command, args));
    }

    public List<Queued> queued() {
        return List.copyOf(queued);
    }

    public int size() {
        return queued.size();
    }

    /** A command was refused while queuing; EXEC will answer EXECABORT. */
    public void abort() {
        aborted = true;
    }

    public boolean aborted() {
        return aborted;
    }

    public boolean hasWrites() {
        return queued.stream().anyMatch(q -> q.command().is(CommandFlag.WRITE));
    }
}
