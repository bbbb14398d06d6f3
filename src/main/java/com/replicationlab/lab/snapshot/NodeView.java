package com.replicationlab.lab.snapshot;

import java.util.List;

/**
 * One node: role, replication ID and offset, its link to its master (if a replica), what its
 * master side knows of its own replicas, its backlog, min-replicas state and a sample of keys.
 *
 * @param backlog a master's backlog; null for a replica (it has one, but nothing shows it) and a node that is down
 * @param linkState for a replica: none, connect, connecting, handshake, sync or connected
 * @param lastIoSecondsAgo for a replica: master_last_io_seconds_ago (-1 without a synced link)
 * @param infoReplication the node's INFO replication text, as redis-cli would print it
 */
public record NodeView(String name, int port, boolean up, boolean replica, String masterName, String linkState,
                       String replid, String replid2, long offset, long keyCount, long lastIoSecondsAgo,
                       List<ReplicaView> replicas, BacklogView backlog, int minReplicasToWrite,
                       int minReplicasMaxLag, int goodReplicas, boolean writesAllowed,
                       List<KeyView> keys, String infoReplication) {
}
