package com.replicationlab.ui.inspector;

import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.session.JournalEntry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replication settings the inspector edits, and where their values come from: the snapshot
 * where it carries them (min-replicas-*, and repl_backlog_size in INFO), otherwise the last
 * {@code config} action on the node in this lab's journal, otherwise the node's default (every lab
 * node starts from the defaults; Redis's for the first two, the lab's one-second ACK period).
 */
public final class NodeSettings {
    public static final String MIN_REPLICAS_TO_WRITE = "min-replicas-to-write";
    public static final String MIN_REPLICAS_MAX_LAG = "min-replicas-max-lag";
    public static final String REPL_BACKLOG_SIZE = "repl-backlog-size";
    public static final String REPL_ACK_PERIOD_MS = "repl-ack-period-ms";
    public static final String REPL_PING_REPLICA_PERIOD = "repl-ping-replica-period";
    public static final String REPL_TIMEOUT = "repl-timeout";

    /** Every setting the inspector offers, in the order it shows them. */
    public static final List<String> NAMES = List.of(MIN_REPLICAS_TO_WRITE, MIN_REPLICAS_MAX_LAG, REPL_BACKLOG_SIZE,
            REPL_ACK_PERIOD_MS, REPL_PING_REPLICA_PERIOD, REPL_TIMEOUT);

    private static final Map<String, String> DEFAULTS = Map.of(REPL_PING_REPLICA_PERIOD, "10", REPL_TIMEOUT, "60",
            REPL_ACK_PERIOD_MS, "1000");
    private static final Pattern INFO_BACKLOG_SIZE = Pattern.compile("(?m)^repl_backlog_size:(\\d+)\\s*$");
    private static final Pattern CONFIG_ACTION = Pattern.compile("^config (\\S+) (\\S+) (.+)$");

    private NodeSettings() {
    }

    /** The value of {@code name} on {@code node} now, or "" when the node is down. */
    public static String value(String name, NodeView node, List<JournalEntry> journal) {
        if (!node.up()) {
            return "";
        }
        switch (name) {
            case MIN_REPLICAS_TO_WRITE:
                return Integer.toString(node.minReplicasToWrite());
            case MIN_REPLICAS_MAX_LAG:
                return Integer.toString(node.minReplicasMaxLag());
            case REPL_BACKLOG_SIZE: {
                Matcher size = INFO_BACKLOG_SIZE.matcher(node.infoReplication());
                return size.find() ? size.group(1) : "";
            }
            default:
                return lastSet(name, node.name(), journal);
        }
    }

    private static String lastSet(String name, String node, List<JournalEntry> journal) {
        String value = DEFAULTS.getOrDefault(name, "");
        for (JournalEntry entry : journal) {
            Matcher config = CONFIG_ACTION.matcher(entry.action().text());
            if (config.matches() && config.group(1).equals(node)
                    && config.group(2).toLowerCase(Locale.ROOT).equals(name)) {
                value = unquoted(config.group(3));
            }
        }
        return value;
    }

    /** The action language writes a value with spaces or quotes in double quotes, escaping \ and ". */
    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
