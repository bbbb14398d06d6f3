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
import com.replicationlab.store.commands.Rewrites;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * INCRBYFLOAT key increment, in long double arithmetic. Always propagated as
 * {@code SET key <result> KEEPTTL}, so replicas store the master's digits instead of redoing the sum.
 */
public final class IncrByFloatCommand extends Command {
    public IncrByFloatCommand() {
        super("incrbyfloat", 3, KeySpec.ONE, WRITE, DENYOOM, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        StringValue current = TypedLookup.lookup(ctx.db(), key, StringValue.class);
        LongDouble value = current == null ? LongDouble.ZERO : parse(current.bytes());
        LongDouble increment = parse(ctx.arg(2));
        LongDouble sum = value.plus(increment);
        if (!sum.isFinite()) {
            throw new CommandException("ERR increment would produce NaN or Infinity");
        }
        byte[] result = Args.bytes(sum.toHumanString());
        StringStore.setKeepingTtl(ctx.db(), key, result);
        ctx.propagate(Rewrites.command("SET", key.bytes(), result, Args.bytes("KEEPTTL")));
        return RespValue.bulk(result);
    }

    private static LongDouble parse(byte[] text) {
        LongDouble value = LongDoubleParser.parse(text);
        if (value == null) {
            throw new CommandException(Errors.NOT_FLOAT);
        }
        return value;
    }
}
