package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.WRITE;

/** SETEX and PSETEX (key time value): a SET with EX or PX, propagated as SET key value PXAT abs-ms. */
abstract class TimedSetCommand extends Command {
    private final ExpireOption unit;

    TimedSetCommand(String name, ExpireOption unit) {
        super(name, 4, KeySpec.ONE, WRITE, DENYOOM);
        this.unit = unit;
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        long atMs = unit.absoluteMs(ctx.arg(2), ctx.clock().nowMs(), name());
        ByteKey key = ByteKey.of(ctx.arg(1));
        byte[] value = ctx.arg(3);
        StringStore.setExpiringAt(ctx.db(), key, value, atMs);
        ctx.propagate(StringStore.setPxAt(key, value, atMs));
        return RespValue.OK;
    }
}
