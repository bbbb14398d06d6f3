package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** HGET key field: the field's value, or nil. */
public final class HGetCommand extends Command {
    public HGetCommand() {
        super("hget", 3, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        byte[] value = HashRead.fields(ctx).get(ByteKey.of(ctx.arg(2)));
        return value == null ? RespValue.NIL : RespValue.bulk(value);
    }
}
