package com.replicationlab.ui.inspector;

import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.session.JournalEntry;
import com.replicationlab.ui.session.LabActions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Inspector: where each replication setting's value comes from")
class NodeSettingsTest {
    private static final String INFO = "# Replication\r\nrole:master\r\nrepl_backlog_size:300\r\nrepl_backlog_first_byte_offset:1\r\n";

    private static NodeView node(String name, boolean up) {
        return new NodeView(name, 6379, up, false, null, "none", "id", "id2", 0, 0, -1, List.of(), null, 2, 7, 0, true,
                List.of(), INFO);
    }

    private static JournalEntry entry(String node, String setting, String value) {
        return new JournalEntry(LabActions.config(node, setting, value), 0, 0, true, 0, 0);
    }

    @Test
    @DisplayName("min-replicas-* from the snapshot, the backlog size from INFO replication")
    void fromTheSnapshot() {
        NodeView master = node("master", true);
        assertEquals("2", NodeSettings.value(NodeSettings.MIN_REPLICAS_TO_WRITE, master, List.of()));
        assertEquals("7", NodeSettings.value(NodeSettings.MIN_REPLICAS_MAX_LAG, master, List.of()));
        assertEquals("300", NodeSettings.value(NodeSettings.REPL_BACKLOG_SIZE, master, List.of()));
    }

    @Test
    @DisplayName("the others: the last config action on that node, else the node's default")
    void fromTheJournal() {
        NodeView master = node("master", true);
        List<JournalEntry> journal = List.of(entry("master", "repl-timeout", "5"), entry("replica-1", "repl-timeout", "9"),
                entry("master", "repl-timeout", "7"));
        assertEquals("7", NodeSettings.value(NodeSettings.REPL_TIMEOUT, master, journal));
        assertEquals("10", NodeSettings.value(NodeSettings.REPL_PING_REPLICA_PERIOD, master, journal));
        assertEquals("1000", NodeSettings.value(NodeSettings.REPL_ACK_PERIOD_MS, master, journal));
    }

    @Test
    @DisplayName("a node that is down has no values")
    void down() {
        assertEquals("", NodeSettings.value(NodeSettings.REPL_TIMEOUT, node("replica-1", false), List.of()));
    }
}
