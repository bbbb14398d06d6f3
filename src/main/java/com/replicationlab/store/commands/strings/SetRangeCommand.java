package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.Arrays;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * SETRANGE key offset value: overwrites from offset, padding with zero bytes; the new length. Writing
 * an empty value changes nothing and is not propagated.
 */
public final class SetRangeCommand extends Command {
    public SetRangeCommand() {
        super("setrange", 4, KeySpec.ONE, WRITE, DENYOOM);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        long offset = Args.parseLong(ctx.arg(2));
        if (offset < 0) {
            throw new CommandException("ERR offset is out of range");
        }
        ByteKey key = ByteKey.of(ctx.arg(1));
        byte[] patch = ctx.arg(3);
        StringValue current = TypedLookup.lookup(ctx.db(), key, StringValue.class);
        byte[] old = current == null ? new byte[0] : current.bytes();
        if (patch.length == 0) {
            return RespValue.integer(old.length);
        }
        StringStore.checkLength(offset + patch.length);
        byte[] result = Arrays.copyOf(old, (int) Math.max(old.length, offset + patch.length));
        System.arraycopy(patch, 0, result, (int) offset, patch.length);
        StringStore.setKeepingTtl(ctx.db(), key, result);
        ctx.propagate();
        return RespValue.integer(result.length);
    }
}
