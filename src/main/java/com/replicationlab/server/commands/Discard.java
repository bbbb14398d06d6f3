package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/** DISCARD: drop the queued commands. */
final class Discard extends ServerCommand {
    Discard() {
        super("discard", 1, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (!ex.session().inMulti()) {
            return RespValue.error("ERR DISCARD without MULTI");
        }
        ex.session().endTransaction();
        return RespValue.OK;
    }
}
