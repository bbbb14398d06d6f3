package com.replicationlab.ui.eventlog;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Event log filter")
class EventFilterTest {
    private static final TraceRecord SENT = new TraceRecord(1, 100, TraceKind.SENT, "master",
            "#7 master->replica-1 SET key value · 33 B", 7);
    private static final TraceRecord DELIVERED = new TraceRecord(2, 150, TraceKind.DELIVERED, "replica-1",
            "#7 master->replica-1 SET key value · 33 B", 7);
    private static final TraceRecord TIMER = new TraceRecord(3, 200, TraceKind.TIMER, "replica-10", "heartbeat", 0);

    @Test
    @DisplayName("all nodes and all kinds keep everything")
    void allKeepsEverything() {
        assertTrue(EventFilter.ALL.test(SENT) && EventFilter.ALL.test(DELIVERED) && EventFilter.ALL.test(TIMER));
    }

    @Test
    @DisplayName("a node keeps its own records and the packets it sent or received, by exact name")
    void byNode() {
        EventFilter replica1 = EventFilter.ALL.withNode("replica-1");
        assertTrue(replica1.test(SENT), "a packet to replica-1, recorded on the master");
        assertTrue(replica1.test(DELIVERED));
        assertFalse(replica1.test(TIMER), "replica-10 is not replica-1");
        assertFalse(EventFilter.ALL.withNode("replica-2").test(SENT));
    }

    @Test
    @DisplayName("a kind keeps only records of that kind, and combines with a node")
    void byKind() {
        EventFilter sent = EventFilter.ALL.withKind(TraceKind.SENT);
        assertTrue(sent.test(SENT));
        assertFalse(sent.test(DELIVERED));
        assertFalse(sent.withNode("replica-10").test(SENT));
        assertTrue(sent.withNode("master").test(SENT));
    }
}
