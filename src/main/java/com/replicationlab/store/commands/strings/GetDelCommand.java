package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.Rewrites;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** GETDEL key: the value, and the key deleted; propagated as DEL key. */
public final class GetDelCommand extends Command {
    public GetDelCommand() {
        super("getdel", 2, KeySpec.ONE, WRITE, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        StringValue value = TypedLookup.lookup(ctx.db(), key, StringValue.class);
        if (value == null) {
            return RespValue.NIL;
        }
        ctx.db().remove(key);
        ctx.propagate(Rewrites.command("DEL", key.bytes()));
        return RespValue.bulk(value.bytes());
    }
}
