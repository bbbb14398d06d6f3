package com.replicationlab.store.commands.lists;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** LLEN key: the list's length, 0 for a missing key. */
public final class LLenCommand extends Command {
    public LLenCommand() {
        super("llen", 2, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ListValue list = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), ListValue.class);
        return RespValue.integer(list == null ? 0 : list.elements().size());
    }
}
