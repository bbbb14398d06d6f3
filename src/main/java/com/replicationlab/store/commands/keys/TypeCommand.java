package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** TYPE key: string, list, hash, set, or none. */
public final class TypeCommand extends Command {
    public TypeCommand() {
        super("type", 2, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        RedisObject value = ctx.db().lookup(ByteKey.of(ctx.arg(1)));
        return new RespValue.SimpleString(value == null ? "none" : value.typeName());
    }
}
