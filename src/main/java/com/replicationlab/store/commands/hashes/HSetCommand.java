package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.CommandContext;
import com.replicationlab.resp.RespValue;

/** HSET key field value [field value ...]: how many fields were new. */
public final class HSetCommand extends HashFieldsCommand {
    public HSetCommand() {
        super("hset");
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.integer(setFields(ctx));
    }
}
