package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.replication.MasterSide;
import com.replicationlab.replication.ReplicaHandle;
import com.replicationlab.replication.ReplicaSide;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

import java.util.ArrayList;
import java.util.List;

/** ROLE: "master" with offset and online replicas, or "slave" with master, link state and offset. */
final class Role extends ServerCommand {
    Role() {
        super("role", 1, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        ReplicaSide replica = ex.node().replicaSide();
        if (replica.isReplica()) {
            return RespValue.array(List.of(RespValue.bulk("slave"), RespValue.bulk(replica.masterHost()),
                    RespValue.integer(replica.masterPort()), RespValue.bulk(replica.state().roleName()),
                    RespValue.integer(replica.linkUp() ? replica.replOffset() : -1)));
        }
        MasterSide master = ex.node().masterSide();
        List<RespValue> replicas = new ArrayList<>();
        for (ReplicaHandle r : master.replicas()) {
            if (r.isOnline()) {
                replicas.add(RespValue.array(List.of(RespValue.bulk(r.ip()),
                        RespValue.bulk(Integer.toString(r.listeningPort())),
                        RespValue.bulk(Long.toString(r.ackOffset())))));
            }
        }
        return RespValue.array(List.of(RespValue.bulk("master"), RespValue.integer(master.masterReplOffset()),
                RespValue.array(replicas)));
    }
}
