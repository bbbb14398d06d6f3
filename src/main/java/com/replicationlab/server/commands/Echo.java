package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/** ECHO message. */
final class Echo extends ServerCommand {
    Echo() {
        super("echo", 2, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        return RespValue.bulk(ex.arg(1));
    }
}
