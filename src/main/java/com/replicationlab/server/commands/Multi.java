package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/** MULTI: start queuing commands. */
final class Multi extends ServerCommand {
    Multi() {
        super("multi", 1, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (ex.session().inMulti()) {
            return RespValue.error("ERR MULTI calls can not be nested");
        }
        ex.session().beginTransaction();
        return RespValue.OK;
    }
}
