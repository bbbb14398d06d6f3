package com.replicationlab.server.commands;

import com.replicationlab.command.Command;

import java.util.List;

/** The server's own commands: connection, introspection, transactions and replication. */
public final class ServerCommands {
    private ServerCommands() {
    }

    public static List<Command> all() {
        return List.of(
                new Ping(), new Echo(), new Select(), new Quit(), new Auth(), new Time(),
                new Info(), new Config(), new Role(), new CommandInfo(), new Client(),
                new Multi(), new Exec(), new Discard(), new Wait(),
                new ReplicaOf("replicaof"), new ReplicaOf("slaveof"),
                new Replconf(), Psync.psync(), Psync.sync());
    }
}
