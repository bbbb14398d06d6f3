package com.replicationlab.server.config;

import java.util.List;

import static com.replicationlab.server.config.ConfigParameter.bool;
import static com.replicationlab.server.config.ConfigParameter.choice;
import static com.replicationlab.server.config.ConfigParameter.integer;
import static com.replicationlab.server.config.ConfigParameter.memory;
import static com.replicationlab.server.config.ConfigParameter.text;

/** Every setting a node understands, with Redis 7.0's names, aliases and defaults. */
final class ConfigCatalog {
    static final long INT_MAX = Integer.MAX_VALUE;
    static final long LONG_MAX = Long.MAX_VALUE;

    private ConfigCatalog() {
    }

    static List<ConfigParameter> all() {
        return List.of(
                text(ConfigNames.BIND, "127.0.0.1", v -> !v.isBlank(), "argument must not be empty"),
                integer(ConfigNames.PORT, 0, 65535, 6379),
                text(ConfigNames.REQUIREPASS, "", v -> true, ""),
                text(ConfigNames.MASTERAUTH, "", v -> true, ""),
                text(ConfigNames.MASTERUSER, "", v -> true, ""),
                bool(ConfigNames.PROTECTED_MODE, true),
                integer(ConfigNames.MAXCLIENTS, 1, INT_MAX, 10000),
                integer(ConfigNames.HZ, 1, 500, 10),
                memory(ConfigNames.MAXMEMORY, 0, LONG_MAX, 0),
                memory(ConfigNames.PROTO_MAX_BULK_LEN, 1024 * 1024, LONG_MAX, 512L * 1024 * 1024),
                // The lab accepts tiny backlogs (Redis's minimum is 16 KB) so students can watch one overflow.
                memory(ConfigNames.REPL_BACKLOG_SIZE, 16, LONG_MAX, 1024 * 1024),
                integer(ConfigNames.REPL_BACKLOG_TTL, 0, INT_MAX, 3600),
                integer(ConfigNames.REPL_PING_REPLICA_PERIOD, 1, INT_MAX, 10, "repl-ping-slave-period"),
                integer(ConfigNames.REPL_TIMEOUT, 1, INT_MAX, 60),
                integer(ConfigNames.REPL_ACK_PERIOD_MS, 10, INT_MAX, 1000),
                bool(ConfigNames.REPL_DISKLESS_SYNC, false),
                integer(ConfigNames.REPL_DISKLESS_SYNC_DELAY, 0, INT_MAX, 5),
                integer(ConfigNames.MIN_REPLICAS_TO_WRITE, 0, INT_MAX, 0, "min-slaves-to-write"),
                integer(ConfigNames.MIN_REPLICAS_MAX_LAG, 0, INT_MAX, 10, "min-slaves-max-lag"),
                bool(ConfigNames.REPLICA_READ_ONLY, true, "slave-read-only"),
                bool(ConfigNames.REPLICA_SERVE_STALE_DATA, true, "slave-serve-stale-data"),
                integer(ConfigNames.REPLICA_PRIORITY, 0, INT_MAX, 100, "slave-priority"),
                text(ConfigNames.REPLICA_ANNOUNCE_IP, "", v -> true, "", "slave-announce-ip"),
                integer(ConfigNames.REPLICA_ANNOUNCE_PORT, 0, 65535, 0, "slave-announce-port"),
                bool(ConfigNames.REPLICA_ANNOUNCED, true),
                bool(ConfigNames.RDBCOMPRESSION, true),
                bool(ConfigNames.RDBCHECKSUM, true),
                text(ConfigNames.SAVE, "", v -> true, ""),
                choice(ConfigNames.APPENDONLY, "no", List.of("no")),
                text(ConfigNames.DIR, ".", v -> !v.isBlank(), "argument must not be empty"),
                text(ConfigNames.DBFILENAME, "dump.rdb", v -> !v.isBlank() && !v.contains("/"),
                        "dbfilename can't be a path, just a filename"),
                ConfigParameter.outputBufferLimits(ConfigNames.CLIENT_OUTPUT_BUFFER_LIMIT,
                        "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60"),
                choice(ConfigNames.LOSS_RECOVERY, "resend", List.of("resend", "reconnect")));
    }
}
