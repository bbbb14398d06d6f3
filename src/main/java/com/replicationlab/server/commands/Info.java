package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;
import com.replicationlab.server.InfoReport;

import java.util.ArrayList;
import java.util.List;

/** INFO [section ...]. */
final class Info extends ServerCommand {
    Info() {
        super("info", -1, KeySpec.NONE, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        List<String> sections = new ArrayList<>();
        for (int i = 1; i < ex.argCount(); i++) {
            sections.add(ex.argString(i));
        }
        return RespValue.bulk(new InfoReport(ex.node()).render(sections));
    }
}
