package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.Rewrites;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** GETSET key value: the old value (or nil), and the new value set without TTL; propagated as SET key value. */
public final class GetSetCommand extends Command {
    public GetSetCommand() {
        super("getset", 3, KeySpec.ONE, WRITE, DENYOOM, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        StringValue old = TypedLookup.lookup(ctx.db(), key, StringValue.class);
        StringStore.set(ctx.db(), key, ctx.arg(2));
        ctx.propagate(Rewrites.replacing(ctx.args(), 0, Args.bytes("SET")));
        return old == null ? RespValue.NIL : RespValue.bulk(old.bytes());
    }
}
