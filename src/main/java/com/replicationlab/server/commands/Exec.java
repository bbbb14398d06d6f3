package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;
import com.replicationlab.server.Transaction;

import java.util.ArrayList;
import java.util.List;

/**
 * EXEC: run the queued commands as one unit. What they change reaches replicas together (wrapped
 * in MULTI ... EXEC when more than one command propagates).
 */
final class Exec extends ServerCommand {
    Exec() {
        super("exec", 1, KeySpec.NONE, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        Transaction transaction = ex.session().transaction();
        if (transaction == null) {
            return RespValue.error("ERR EXEC without MULTI");
        }
        if (transaction.aborted()) {
            ex.session().endTransaction();
            return Errors.EXECABORT;
        }
        // The client stays "in MULTI" while its commands run, as in Redis (WAIT then never blocks).
        List<RespValue> replies = new ArrayList<>();
        for (Transaction.Queued queued : transaction.queued()) {
            replies.add(ex.node().dispatcher().runInUnit(ex.session(), queued.command(), queued.args()));
        }
        ex.session().endTransaction();
        return RespValue.array(replies);
    }
}
