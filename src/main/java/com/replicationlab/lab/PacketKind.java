package com.replicationlab.lab;

/** What a packet carries, as the window colours and shapes it. */
public enum PacketKind {
    /** A write propagated in the replication stream. */
    WRITE,
    /** The replica's heartbeat: REPLCONF ACK offset. */
    ACK,
    /** The master's keepalive in the stream (ping), or a handshake PING/PONG. */
    PING,
    /** The master asking for an ACK now: REPLCONF GETACK *. */
    GETACK,
    /** The handshake: REPLCONF, PSYNC, +FULLRESYNC, +CONTINUE, +OK. */
    SYNC,
    /** RDB bytes of a full resync. */
    RDB,
    /** Stream bytes sent again from the backlog after a loss. */
    RESEND,
    /** The connection closing (a TCP FIN). */
    CLOSE,
    /** Anything else: client commands and replies. */
    OTHER
}
