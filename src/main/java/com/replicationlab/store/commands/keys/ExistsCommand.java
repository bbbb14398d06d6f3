package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** EXISTS key [key ...]: how many of the keys exist, a repeated key counted each time. */
public final class ExistsCommand extends Command {
    public ExistsCommand() {
        super("exists", -2, KeySpec.ALL, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        long count = ctx.args().subList(1, ctx.argCount()).stream()
                .filter(key -> ctx.db().contains(ByteKey.of(key)))
                .count();
        return RespValue.integer(count);
    }
}
