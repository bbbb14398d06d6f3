package com.replicationlab.server.commands;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.replication.ReplicaSide;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/** REPLICAOF host port | NO ONE (and its old name SLAVEOF). */
final class ReplicaOf extends ServerCommand {
    ReplicaOf(String name) {
        super(name, 3, KeySpec.NONE, CommandFlag.ADMIN, CommandFlag.STALE, CommandFlag.NO_MULTI);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (Args.is(ex.arg(1), "no") && Args.is(ex.arg(2), "one")) {
            if (ex.node().isReplica()) {
                ex.node().becomeMaster();
            }
            return RespValue.OK;
        }
        Long port = Args.tryParseLong(ex.arg(2));
        if (port == null || port < 0 || port > 65535) {
            return RespValue.error("ERR Invalid master port");
        }
        ReplicaSide replica = ex.node().replicaSide();
        String host = ex.argString(1);
        if (replica.isReplica() && replica.masterHost().equalsIgnoreCase(host) && replica.masterPort() == port) {
            return new RespValue.SimpleString("OK Already connected to specified master");
        }
        ex.node().log().info("REPLICAOF " + host + ":" + port + " enabled (user request from 'id="
                + ex.session().id() + " addr=" + ex.session().address() + "')");
        ex.node().replicaOf(host, port.intValue());
        return RespValue.OK;
    }
}
