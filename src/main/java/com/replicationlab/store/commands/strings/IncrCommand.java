package com.replicationlab.store.commands.strings;

import com.replicationlab.command.CommandContext;

/** INCR key. */
public final class IncrCommand extends IncrementCommand {
    public IncrCommand() {
        super("incr", 2);
    }

    @Override
    long increment(CommandContext ctx) {
        return 1;
    }
}
