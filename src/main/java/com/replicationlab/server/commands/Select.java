package com.replicationlab.server.commands;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;
import com.replicationlab.store.Keyspace;

/** SELECT index: changes the client's database. Not propagated itself; the stream adds its own SELECTs. */
final class Select extends ServerCommand {
    Select() {
        super("select", 2, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        Long index = Args.tryParseLong(ex.arg(1));
        if (index == null) {
            return Errors.NOT_INTEGER;
        }
        if (index < 0 || index >= Keyspace.DATABASES) {
            return Errors.DB_INDEX_OUT_OF_RANGE;
        }
        ex.selectDb(index.intValue());
        return RespValue.OK;
    }
}
