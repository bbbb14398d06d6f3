package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/** QUIT: answers OK, then the connection closes. */
final class Quit extends ServerCommand {
    Quit() {
        super("quit", -1, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE, CommandFlag.NO_AUTH);
    }

    @Override
    protected RespValue execute(Execution ex) {
        ex.session().closeAfterReply();
        return RespValue.OK;
    }
}
