package com.replicationlab.replication;

/** A replica's link to its master (ROLE shows these names). */
public enum LinkState {
    /** Not a replica. */
    NONE("none"),
    /** Must connect; the next cron tick will try. */
    CONNECT("connect"),
    /** TCP connection under way. */
    CONNECTING("connecting"),
    /** PING, REPLCONF, PSYNC exchanged. */
    HANDSHAKE("handshake"),
    /** Receiving the RDB of a full resync. */
    TRANSFER("sync"),
    /** Synced; applying the stream and sending ACKs. */
    CONNECTED("connected");

    private final String roleName;

    LinkState(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
