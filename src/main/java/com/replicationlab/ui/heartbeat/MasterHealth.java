package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.snapshot.NodeView;

import java.util.List;

/**
 * The master's side of min-replicas: how many good replicas it needs to take writes, how fresh an
 * ACK must be, how many it has, and whether it takes writes now.
 */
public record MasterHealth(String master, int minReplicasToWrite, int maxLagSeconds, int goodReplicas,
                           int replicas, boolean writesAccepted) {

    public static final MasterHealth NONE = new MasterHealth(null, 0, 0, 0, 0, true);

    public static MasterHealth of(NodeView master) {
        List<ReplicaHealth> health = ReplicaHealth.of(master);
        int good = (int) health.stream().filter(ReplicaHealth::good).count();
        return new MasterHealth(master.name(), master.minReplicasToWrite(), master.minReplicasMaxLag(), good,
                health.size(), master.writesAllowed());
    }

    /** Whether the master checks its replicas before a write at all. */
    public boolean checking() {
        return minReplicasToWrite > 0;
    }
}
