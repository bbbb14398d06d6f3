package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;

/** DECRBY key decrement. */
public final class DecrByCommand extends IncrementCommand {
    public DecrByCommand() {
        super("decrby", 3);
    }

    @Override
    long increment(CommandContext ctx) {
        long decrement = Args.parseLong(ctx.arg(2));
        if (decrement == Long.MIN_VALUE) {
            // Its negation does not fit in 64 bits; Redis has a message of its own for this.
            throw new CommandException("ERR decrement would overflow");
        }
        return -decrement;
    }
}
