package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

/**
 * DEL and UNLINK key [key ...]: how many keys were removed (a repeated key counts once). Propagated
 * as sent only if something was removed.
 */
abstract class DeleteCommand extends Command {
    DeleteCommand(String name, CommandFlag... flags) {
        super(name, -2, KeySpec.ALL, flags);
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        int removed = 0;
        for (byte[] key : ctx.args().subList(1, ctx.argCount())) {
            if (ctx.db().remove(ByteKey.of(key))) {
                removed++;
            }
        }
        if (removed > 0) {
            ctx.propagate();
        }
        return RespValue.integer(removed);
    }
}
