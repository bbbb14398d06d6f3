package com.replicationlab.replication;

/** Where an attached replica is in its sync, as the master sees it (INFO's state=...). */
public enum ReplicaState {
    /** Waiting for its snapshot to start (a diskless sync's delay). */
    WAIT_BGSAVE_START("wait_bgsave"),
    /** Receiving the RDB payload. */
    SEND_BULK("send_bulk"),
    /** Synced; receives the command stream. */
    ONLINE("online");

    private final String infoName;

    ReplicaState(String infoName) {
        this.infoName = infoName;
    }

    public String infoName() {
        return infoName;
    }
}
