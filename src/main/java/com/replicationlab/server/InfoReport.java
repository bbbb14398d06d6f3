package com.replicationlab.server;

import com.replicationlab.replication.LinkState;
import com.replicationlab.replication.MasterSide;
import com.replicationlab.replication.ReplicaHandle;
import com.replicationlab.replication.ReplicaSide;
import com.replicationlab.replication.ReplicationBacklog;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The text of INFO: Redis 7.0's sections, fields, order and CRLF line ends. */
public final class InfoReport {
    public static final String REDIS_VERSION = "7.0.15";
    private static final List<String> DEFAULT_SECTIONS =
            List.of("server", "clients", "memory", "persistence", "stats", "replication", "keyspace");

    private final RedisNode node;

    public InfoReport(RedisNode node) {
        this.node = node;
    }

    /** INFO with the given section names (none means the default sections; "all"/"everything" too). */
    public String render(List<String> requested) {
        Set<String> wanted = new LinkedHashSet<>();
        if (requested.isEmpty()) {
            wanted.addAll(DEFAULT_SECTIONS);
        }
        for (String name : requested) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("all") || lower.equals("everything") || lower.equals("default")) {
                wanted.addAll(DEFAULT_SECTIONS);
            } else {
                wanted.add(lower);
            }
        }
        List<String> sections = new ArrayList<>();
        for (String name : DEFAULT_SECTIONS) {
            if (wanted.contains(name)) {
                sections.add(section(name));
            }
        }
        return String.join("\r\n", sections);
    }

    private String section(String name) {
        Lines lines = new Lines(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        switch (name) {
            case "server" -> server(lines);
            case "clients" -> clients(lines);
            case "memory" -> memory(lines);
            case "persistence" -> persistence(lines);
            case "stats" -> stats(lines);
            case "replication" -> replication(lines);
            case "keyspace" -> keyspace(lines);
            default -> throw new IllegalArgumentException(name);
        }
        return lines.toString();
    }

    private void server(Lines out) {
        long uptimeSeconds = (node.clock().nowMs() - node.startMs()) / 1000;
        out.add("redis_version", REDIS_VERSION);
        out.add("redis_git_sha1", "00000000");
        out.add("redis_git_dirty", 0);
        out.add("redis_mode", "standalone");
        out.add("os", "Java " + Runtime.version().feature() + " (Replication Lab)");
        out.add("arch_bits", 64);
        out.add("process_id", node.processId());
        out.add("run_id", node.runId());
        out.add("tcp_port", node.listeningPort());
        out.add("server_time_usec", node.clock().nowMs() * 1000);
        out.add("uptime_in_seconds", uptimeSeconds);
        out.add("uptime_in_days", uptimeSeconds / 86400);
        out.add("hz", node.config().get(ConfigNames.HZ));
        out.add("configured_hz", node.config().get(ConfigNames.HZ));
        out.add("config_file", "");
    }

    private void clients(Lines out) {
        out.add("connected_clients", node.clients().connectedClients());
        out.add("cluster_connections", 0);
        out.add("maxclients", node.config().get(ConfigNames.MAXCLIENTS));
        out.add("blocked_clients", node.clients().blockedClients());
    }

    private void memory(Lines out) {
        long used = node.memory().usedMemoryBytes();
        out.add("used_memory", used);
        out.add("used_memory_human", human(used));
        out.add("maxmemory", node.config().get(ConfigNames.MAXMEMORY));
        out.add("maxmemory_policy", "noeviction");
    }

    private void persistence(Lines out) {
        out.add("loading", 0);
        out.add("async_loading", 0);
        out.add("rdb_bgsave_in_progress", 0);
        out.add("aof_enabled", 0);
    }

    private void stats(Lines out) {
        ServerStats stats = node.stats();
        MasterSide master = node.masterSide();
        out.add("total_connections_received", stats.connectionsReceived());
        out.add("total_commands_processed", stats.commandsProcessed());
        out.add("total_net_input_bytes", stats.netInputBytes());
        out.add("rejected_connections", stats.rejectedConnections());
        out.add("sync_full", master.syncFull());
        out.add("sync_partial_ok", master.syncPartialOk());
        out.add("sync_partial_err", master.syncPartialErr());
        out.add("expired_keys", node.keyspace().expiredKeysTotal());
        out.add("total_error_replies", stats.errorReplies());
        out.add("rejected_calls", stats.rejectedCalls());
    }

    private void replication(Lines out) {
        MasterSide master = node.masterSide();
        ReplicaSide replica = node.replicaSide();
        out.add("role", replica.isReplica() ? "slave" : "master");
        if (replica.isReplica()) {
            replicaFields(out, replica);
        }
        List<ReplicaHandle> replicas = master.replicas();
        out.add("connected_slaves", replicas.size());
        if (master.minReplicasEnabled()) {
            out.add("min_slaves_good_slaves", master.goodReplicas());
        }
        int n = 0;
        for (ReplicaHandle r : replicas) {
            out.add("slave" + n++, "ip=" + r.ip() + ",port=" + r.listeningPort() + ",state=" + r.state().infoName()
                    + ",offset=" + r.ackOffset() + ",lag=" + master.lagSeconds(r));
        }
        ReplicationBacklog backlog = master.backlog();
        out.add("master_failover_state", "no-failover");
        out.add("master_replid", master.ids().replid());
        out.add("master_replid2", master.ids().replid2());
        out.add("master_repl_offset", master.masterReplOffset());
        out.add("second_repl_offset", master.ids().secondReplOffset());
        out.add("repl_backlog_active", backlog == null ? 0 : 1);
        out.add("repl_backlog_size", node.config().get(ConfigNames.REPL_BACKLOG_SIZE));
        out.add("repl_backlog_first_byte_offset", backlog == null ? 0 : backlog.firstByteOffset());
        out.add("repl_backlog_histlen", backlog == null ? 0 : backlog.histlen());
    }

    private void replicaFields(Lines out, ReplicaSide replica) {
        LinkState state = replica.state();
        out.add("master_host", replica.masterHost());
        out.add("master_port", replica.masterPort());
        out.add("master_link_status", state == LinkState.CONNECTED ? "up" : "down");
        out.add("master_last_io_seconds_ago", replica.lastIoSecondsAgo());
        out.add("master_sync_in_progress", state == LinkState.TRANSFER ? 1 : 0);
        out.add("slave_read_repl_offset", replica.readReplOffset());
        out.add("slave_repl_offset", replica.replOffset());
        if (state == LinkState.TRANSFER) {
            long total = replica.transferSize();
            long read = replica.transferRead();
            out.add("master_sync_total_bytes", total);
            out.add("master_sync_read_bytes", read);
            out.add("master_sync_left_bytes", total - read);
            out.add("master_sync_perc", String.format(Locale.ROOT, "%.2f",
                    total == 0 ? 0.0 : (double) read * 100 / total));
            out.add("master_sync_last_io_seconds_ago", replica.transferLastIoSecondsAgo());
        }
        if (state != LinkState.CONNECTED) {
            out.add("master_link_down_since_seconds", replica.linkDownSinceSeconds());
        }
        out.add("slave_priority", node.config().get(ConfigNames.REPLICA_PRIORITY));
        out.add("slave_read_only", node.config().getBool(ConfigNames.REPLICA_READ_ONLY) ? 1 : 0);
        out.add("replica_announced", node.config().getBool(ConfigNames.REPLICA_ANNOUNCED) ? 1 : 0);
    }

    private void keyspace(Lines out) {
        long now = node.clock().nowMs();
        for (int i = 0; i < Keyspace.DATABASES; i++) {
            Database db = node.keyspace().db(i);
            if (db.isEmpty()) {
                continue;
            }
            out.add("db" + i, "keys=" + db.size() + ",expires=" + db.expiresCount() + ",avg_ttl=" + averageTtl(db, now));
        }
    }

    private static long averageTtl(Database db, long now) {
        long sum = 0;
        long count = 0;
        for (var key : db.keys()) {
            Long at = db.expiresAt(key);
            if (at != null && at > now) {
                sum += at - now;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + "B";
        }
        String[] units = {"K", "M", "G", "T"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.2f%s", value, units[unit]);
    }

    /** One section's lines, "name:value" with CRLF. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();

        Lines(String title) {
            text.append("# ").append(title).append("\r\n");
        }

        void add(String name, Object value) {
            text.append(name).append(':').append(value).append("\r\n");
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
