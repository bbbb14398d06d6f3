package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** SETNX key value: sets only a missing key; 1 if it did, 0 (and nothing propagated) if not. */
public final class SetNxCommand extends Command {
    public SetNxCommand() {
        super("setnx", 3, KeySpec.ONE, WRITE, DENYOOM, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        if (ctx.db().lookup(key) != null) {
            return RespValue.integer(0);
        }
        StringStore.set(ctx.db(), key, ctx.arg(2));
        ctx.propagate();
        return RespValue.integer(1);
    }
}
