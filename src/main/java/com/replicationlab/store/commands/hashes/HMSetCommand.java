package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.CommandContext;
import com.replicationlab.resp.RespValue;

/** HMSET key field value [field value ...]: the older form of HSET, replying OK. */
public final class HMSetCommand extends HashFieldsCommand {
    public HMSetCommand() {
        super("hmset");
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        setFields(ctx);
        return RespValue.OK;
    }
}
