package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** DBSIZE: the number of keys stored, counting expired ones not yet deleted (as Redis does). */
public final class DbSizeCommand extends Command {
    public DbSizeCommand() {
        super("dbsize", 1, KeySpec.NONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.integer(ctx.db().size());
    }
}
