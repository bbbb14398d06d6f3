package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import java.util.Map;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** HMGET key field [field ...]: each field's value, nil for a missing one. */
public final class HMGetCommand extends Command {
    public HMGetCommand() {
        super("hmget", -3, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        Map<ByteKey, byte[]> fields = HashRead.fields(ctx);
        return RespValue.array(ctx.args().subList(2, ctx.argCount()).stream()
                .map(field -> fields.get(ByteKey.of(field)))
                .map(value -> value == null ? RespValue.NIL : RespValue.bulk(value))
                .toList());
    }
}
