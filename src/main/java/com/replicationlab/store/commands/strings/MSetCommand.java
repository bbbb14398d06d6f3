package com.replicationlab.store.commands.strings;

import com.replicationlab.command.CommandContext;
import com.replicationlab.resp.RespValue;

/** MSET key value [key value ...]. */
public final class MSetCommand extends MultiSetCommand {
    public MSetCommand() {
        super("mset");
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        checkPairs(ctx);
        setAll(ctx);
        return RespValue.OK;
    }
}
