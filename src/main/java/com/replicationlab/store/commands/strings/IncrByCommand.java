package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandContext;

/** INCRBY key increment. */
public final class IncrByCommand extends IncrementCommand {
    public IncrByCommand() {
        super("incrby", 3);
    }

    @Override
    long increment(CommandContext ctx) {
        return Args.parseLong(ctx.arg(2));
    }
}
