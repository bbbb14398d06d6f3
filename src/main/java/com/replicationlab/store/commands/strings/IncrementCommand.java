package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * INCR, DECR, INCRBY and DECRBY: add a 64-bit integer to the integer a string holds (a missing key
 * counts as 0). The key keeps its expiry time; the command is propagated as sent.
 */
abstract class IncrementCommand extends Command {
    IncrementCommand(String name, int arity) {
        super(name, arity, KeySpec.ONE, WRITE, DENYOOM, FAST);
    }

    /** The amount to add, read from the arguments before the key is looked up. */
    abstract long increment(CommandContext ctx);

    @Override
    public final RespValue execute(CommandContext ctx) {
        long increment = increment(ctx);
        ByteKey key = ByteKey.of(ctx.arg(1));
        StringValue current = TypedLookup.lookup(ctx.db(), key, StringValue.class);
        long value = current == null ? 0 : Args.parseLong(current.bytes());
        long result;
        try {
            result = Math.addExact(value, increment);
        } catch (ArithmeticException overflow) {
            throw new CommandException(Errors.OVERFLOW);
        }
        StringStore.setKeepingTtl(ctx.db(), key, Args.bytes(result));
        ctx.propagate();
        return RespValue.integer(result);
    }
}
