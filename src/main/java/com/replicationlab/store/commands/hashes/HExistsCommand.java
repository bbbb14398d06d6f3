package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** HEXISTS key field: 1 if the field exists, else 0. */
public final class HExistsCommand extends Command {
    public HExistsCommand() {
        super("hexists", 3, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.integer(HashRead.fields(ctx).containsKey(ByteKey.of(ctx.arg(2))) ? 1 : 0);
    }
}
