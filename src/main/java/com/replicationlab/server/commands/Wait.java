package com.replicationlab.server.commands;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.replication.MasterSide;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/**
 * WAIT numreplicas timeout: blocks until that many replicas have acknowledged this client's last
 * write (its offset), or the timeout (ms, 0 = forever) passes. Replies with the count reached.
 */
final class Wait extends ServerCommand {
    Wait() {
        super("wait", 3, KeySpec.NONE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (ex.node().isReplica()) {
            return RespValue.error("ERR WAIT cannot be used with replica instances. Please also note that since "
                    + "Redis 4.0 if a replica is configured to be writable (which is not the default) writes to "
                    + "replicas are just local and are not propagated.");
        }
        Long wanted = Args.tryParseLong(ex.arg(1));
        if (wanted == null) {
            return Errors.NOT_INTEGER;
        }
        Long timeoutMs = Args.tryParseLong(ex.arg(2));
        if (timeoutMs == null) {
            return RespValue.error("ERR timeout is not an integer or out of range");
        }
        if (timeoutMs < 0) {
            return RespValue.error("ERR timeout is negative");
        }
        MasterSide master = ex.node().masterSide();
        long offset = ex.session().writeOffset();
        int acked = master.replicasAckedAtLeast(offset);
        if (acked >= wanted || ex.session().inMulti()) {
            return RespValue.integer(acked);
        }
        master.await(ex.session(), (int) Math.min(wanted, Integer.MAX_VALUE), offset, timeoutMs);
        return null;
    }
}
