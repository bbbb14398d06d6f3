package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.Arrays;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** APPEND key value: the new length. Always propagated, even when appending nothing (as Redis does). */
public final class AppendCommand extends Command {
    public AppendCommand() {
        super("append", 3, KeySpec.ONE, WRITE, DENYOOM, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        byte[] suffix = ctx.arg(2);
        StringValue current = TypedLookup.lookup(ctx.db(), key, StringValue.class);
        byte[] result;
        if (current == null) {
            result = suffix;
        } else {
            byte[] prefix = current.bytes();
            StringStore.checkLength((long) prefix.length + suffix.length);
            result = Arrays.copyOf(prefix, prefix.length + suffix.length);
            System.arraycopy(suffix, 0, result, prefix.length, suffix.length);
        }
        StringStore.setKeepingTtl(ctx.db(), key, result);
        ctx.propagate();
        return RespValue.integer(result.length);
    }
}
