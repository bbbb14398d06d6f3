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

/** STRLEN key: the string's length in bytes, 0 for a missing key. */
public final class StrLenCommand extends Command {
    public StrLenCommand() {
        super("strlen", 2, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        StringValue value = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), StringValue.class);
        return RespValue.integer(value == null ? 0 : value.bytes().length);
    }
}
