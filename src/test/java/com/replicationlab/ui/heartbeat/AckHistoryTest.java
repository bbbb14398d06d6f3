package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Heartbeat: when each ACK reached the master, from the trace")
class AckHistoryTest {

    private static TraceRecord record(TraceKind kind, long atMs, String text) {
        return new TraceRecord(atMs, atMs, kind, "master", text, 1);
    }

    @Test
    @DisplayName("delivered ACKs count; sent and lost ones do not (the master never saw them)")
    void deliveredOnly() {
        AckHistory history = new AckHistory();
        history.consider(record(TraceKind.SENT, 3350, "#33 replica-1->master ACK 64"));
        history.consider(record(TraceKind.DELIVERED, 3400, "#33 replica-1->master ACK 64"));
        history.consider(record(TraceKind.DROPPED, 4375, "#35 replica-1->master lost (the link is cut)"));
        history.consider(record(TraceKind.DELIVERED, 4400, "#36 replica-2->master ACK 93"));
        history.consider(record(TraceKind.DELIVERED, 4450, "#37 master->replica-1 SET k v · 27 B"));
        assertEquals(List.of(new AckHistory.Ack(3400, 64)), history.since("replica-1", "master", 0));
        assertEquals(List.of(new AckHistory.Ack(4400, 93)), history.since("replica-2", "master", 0));
    }

    @Test
    @DisplayName("since a moment: the ACKs after it, and the last one before it (where the line starts)")
    void since() {
        AckHistory history = new AckHistory();
        for (long t = 1000; t <= 5000; t += 1000) {
            history.consider(record(TraceKind.DELIVERED, t, "#1 replica-1->master ACK " + t));
        }
        assertEquals(List.of(3000L, 4000L, 5000L),
                history.since("replica-1", "master", 3500).stream().map(AckHistory.Ack::atMs).toList());
        assertEquals(List.of(), history.since("replica-1", "replica-2", 0));
    }

    @Test
    @DisplayName("keeps two minutes of virtual time")
    void bounded() {
        AckHistory history = new AckHistory();
        history.consider(record(TraceKind.DELIVERED, 1000, "#1 replica-1->master ACK 1"));
        history.consider(record(TraceKind.DELIVERED, 1000 + AckHistory.KEEP_MS + 1, "#2 replica-1->master ACK 2"));
        assertEquals(1, history.since("replica-1", "master", 0).size());
    }
}
