package com.replicationlab.server.config;

/** The names of the settings the engine reads, in one place. */
public final class ConfigNames {
    public static final String BIND = "bind";
    public static final String PORT = "port";
    public static final String REQUIREPASS = "requirepass";
    public static final String MASTERAUTH = "masterauth";
    public static final String MASTERUSER = "masteruser";
    public static final String PROTECTED_MODE = "protected-mode";
    public static final String MAXCLIENTS = "maxclients";
    public static final String HZ = "hz";
    public static final String MAXMEMORY = "maxmemory";
    public static final String PROTO_MAX_BULK_LEN = "proto-max-bulk-len";
    public static final String REPL_BACKLOG_SIZE = "repl-backlog-size";
    public static final String REPL_BACKLOG_TTL = "repl-backlog-ttl";
    public static final String REPL_PING_REPLICA_PERIOD = "repl-ping-replica-period";
    public static final String REPL_TIMEOUT = "repl-timeout";
    /** The lab's own setting: how often a replica sends REPLCONF ACK (Redis: fixed at 1 s). */
    public static final String REPL_ACK_PERIOD_MS = "repl-ack-period-ms";
    public static final String REPL_DISKLESS_SYNC = "repl-diskless-sync";
    public static final String REPL_DISKLESS_SYNC_DELAY = "repl-diskless-sync-delay";
    public static final String MIN_REPLICAS_TO_WRITE = "min-replicas-to-write";
    public static final String MIN_REPLICAS_MAX_LAG = "min-replicas-max-lag";
    public static final String REPLICA_READ_ONLY = "replica-read-only";
    public static final String REPLICA_SERVE_STALE_DATA = "replica-serve-stale-data";
    public static final String REPLICA_PRIORITY = "replica-priority";
    public static final String REPLICA_ANNOUNCE_IP = "replica-announce-ip";
    public static final String REPLICA_ANNOUNCE_PORT = "replica-announce-port";
    public static final String REPLICA_ANNOUNCED = "replica-announced";
    public static final String RDBCOMPRESSION = "rdbcompression";
    public static final String RDBCHECKSUM = "rdbchecksum";
    public static final String SAVE = "save";
    public static final String APPENDONLY = "appendonly";
    public static final String DIR = "dir";
    public static final String DBFILENAME = "dbfilename";
    public static final String CLIENT_OUTPUT_BUFFER_LIMIT = "client-output-buffer-limit";
    /** The lab's own setting: how a lost stream packet is recovered, "resend" or "reconnect". */
    public static final String LOSS_RECOVERY = "lab-loss-recovery";

    private ConfigNames() {
    }
}
