package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** GET key: the string's value, or nil. */
public final class GetCommand extends Command {
    public GetCommand() {
        super("get", 2, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        StringValue value = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), StringValue.class);
        return value == null ? RespValue.NIL : RespValue.bulk(value.bytes());
    }
}
