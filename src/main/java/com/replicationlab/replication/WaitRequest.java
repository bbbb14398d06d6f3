package com.replicationlab.replication;

import com.replicationlab.server.ClientSession;
import com.replicationlab.time.Scheduler.Cancellable;

/** A client blocked in WAIT: how many replicas it wants at which offset, and its timeout timer. */
final class WaitRequest {
    final ClientSession client;
    final int replicasWanted;
    final long offset;
    Cancellable timeout;

    WaitRequest(ClientSession client, int replicasWanted, long offset) {
        this.client = client;
        this.replicasWanted = replicasWanted;
        this.offset = offset;
    }
}
