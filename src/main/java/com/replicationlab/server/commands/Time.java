package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

import java.util.List;

/** TIME: seconds and microseconds of the node's clock (virtual time in the lab). */
final class Time extends ServerCommand {
    Time() {
        super("time", 1, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        long ms = ex.clock().nowMs();
        return RespValue.array(List.of(RespValue.bulk(Long.toString(Math.floorDiv(ms, 1000))),
                RespValue.bulk(Long.toString(Math.floorMod(ms, 1000) * 1000))));
    }
}
