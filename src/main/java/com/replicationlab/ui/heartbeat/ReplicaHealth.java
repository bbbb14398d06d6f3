package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.ReplicaView;

import java.util.List;

/**
 * A replica as its master judges it for min-replicas: its state, time since its last ACK, the lag
 * INFO shows (whole seconds) and whether that makes it a good replica (online, lag within
 * min-replicas-max-lag — counted as Redis counts it, whether or not min-replicas-to-write is on).
 */
public record ReplicaHealth(String name, String state, long msSinceAck, long lagSeconds, long ackOffset,
                            boolean good) {

    public static ReplicaHealth of(ReplicaView replica, int maxLagSeconds) {
        boolean good = replica.state().equals("online") && replica.lagSeconds() <= maxLagSeconds;
        return new ReplicaHealth(replica.name(), replica.state(), replica.msSinceAck(), replica.lagSeconds(),
                replica.ackOffset(), good);
    }

    public static List<ReplicaHealth> of(NodeView master) {
        return master.replicas().stream().map(r -> of(r, master.minReplicasMaxLag())).toList();
    }
}
