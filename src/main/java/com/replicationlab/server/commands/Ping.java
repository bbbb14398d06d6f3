package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/** PING [message]. From a master's stream it only moves the offset (the dispatcher sends no reply). */
final class Ping extends ServerCommand {
    Ping() {
        super("ping", -1, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (ex.argCount() > 2) {
            return Errors.wrongArity("ping");
        }
        return ex.argCount() == 2 ? RespValue.bulk(ex.arg(1)) : RespValue.PONG;
    }
}
