package com.replicationlab.ui.clients;

import com.replicationlab.ui.backlog.StreamCommand;
import com.replicationlab.ui.heartbeat.ReplicaHealth;

import java.util.List;

/** Something a client of the lab would notice, with what explains it. */
public sealed interface ClientNotice {

    /** Virtual ms when the client saw it. */
    long atMs();

    /**
     * A write the master refused with NOREPLICAS: how many good replicas it needed and had, each
     * replica as the master judged it, and the cluster's replicas it did not see at all.
     */
    record Refused(long atMs, String node, String command, int minReplicasToWrite, int maxLagSeconds,
                   int goodReplicas, List<ReplicaHealth> replicas, List<String> notConnected) implements ClientNotice {
    }

    /**
     * A WAIT answered: what it asked, what it got, the offset it waited for, and for each replica
     * whether and when its acknowledgement reached that offset.
     */
    record WaitAnswered(long atMs, String node, String command, long wanted, long reply, long startMs,
                        long targetOffset, List<WaitReplica> replicas) implements ClientNotice {
    }

    /**
     * @param satisfiedAtMs when its ACK reached the offset (-1: not by the answer)
     * @param already it had acknowledged the offset before WAIT began
     * @param lastAck its last acknowledged offset when WAIT was answered
     */
    record WaitReplica(String name, long satisfiedAtMs, boolean already, long lastAck) {
    }

    /**
     * A failover: the writes the old master had accepted (and answered OK to) past the offset the
     * promoted replica had reached. Those are gone from the new history.
     *
     * @param writes the lost commands, read from the old master's backlog (empty when it no longer held them)
     * @param bytesHeld whether the old master's backlog still held all the lost bytes
     */
    record WritesLost(long atMs, String oldMaster, String promoted, long oldMasterOffset, long promotedOffset,
                      List<StreamCommand> writes, boolean bytesHeld) implements ClientNotice {
    }
}
