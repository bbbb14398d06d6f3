package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject;
import com.replicationlab.store.RedisObject.StringValue;

import java.util.ArrayList;
import java.util.List;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** MGET key [key ...]: each string's value; nil for a missing key or one of another type (no error). */
public final class MGetCommand extends Command {
    public MGetCommand() {
        super("mget", -2, KeySpec.ALL, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        List<RespValue> values = new ArrayList<>(ctx.argCount() - 1);
        for (byte[] key : ctx.args().subList(1, ctx.argCount())) {
            RedisObject value = ctx.db().lookup(ByteKey.of(key));
            values.add(value instanceof StringValue string ? RespValue.bulk(string.bytes()) : RespValue.NIL);
        }
        return RespValue.array(values);
    }
}
