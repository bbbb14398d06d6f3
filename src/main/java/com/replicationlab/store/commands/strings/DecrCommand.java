package com.replicationlab.store.commands.strings;

import com.replicationlab.command.CommandContext;

/** DECR key. */
public final class DecrCommand extends IncrementCommand {
    public DecrCommand() {
        super("decr", 2);
    }

    @Override
    long increment(CommandContext ctx) {
        return -1;
    }
}
