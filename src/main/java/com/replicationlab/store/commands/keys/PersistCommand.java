package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** PERSIST key: removes the expiry; 1 if there was one (and then propagated), else 0. */
public final class PersistCommand extends Command {
    public PersistCommand() {
        super("persist", 2, KeySpec.ONE, WRITE, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        if (ctx.db().lookup(key) == null || !ctx.db().clearExpiry(key)) {
            return RespValue.integer(0);
        }
        ctx.propagate();
        return RespValue.integer(1);
    }
}
