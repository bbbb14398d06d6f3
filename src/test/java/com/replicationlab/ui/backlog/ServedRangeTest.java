package com.replicationlab.ui.backlog;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Backlog: ranges served from it, read from the master's log lines")
class ServedRangeTest {

    private static TraceRecord node(String text) {
        return new TraceRecord(7, 4400, TraceKind.NODE, "master", text, 0);
    }

    @Test
    @DisplayName("a re-send of lost bytes: its replica and offsets")
    void resend() {
        assertEquals(Optional.of(new ServedRange(ServedRange.Kind.RESEND, "master", "replica-1", 65, 93, 4400)),
                ServedRange.of(node("Replica replica-1 acked 64, master at 93: re-sending 65..93 from backlog")));
    }

    @Test
    @DisplayName("a partial resync: the bytes sent from the requested offset")
    void partialResync() {
        ServedRange range = ServedRange.of(node("Partial resynchronization request from replica-2 accepted. "
                + "Sending 29 bytes of backlog starting from offset 131.")).orElseThrow();
        assertEquals(new ServedRange(ServedRange.Kind.PSYNC, "master", "replica-2", 131, 159, 4400), range);
        assertEquals(29, range.size());
    }

    @Test
    @DisplayName("a partial resync with nothing missing serves an empty range")
    void nothingMissing() {
        ServedRange range = ServedRange.of(node("Partial resynchronization request from replica-2 accepted. "
                + "Sending 0 bytes of backlog starting from offset 131.")).orElseThrow();
        assertEquals(0, range.size());
    }

    @Test
    @DisplayName("other log lines serve nothing")
    void otherLines() {
        assertEquals(Optional.empty(), ServedRange.of(node("Replica replica-1 asks for synchronization")));
        assertEquals(Optional.empty(), ServedRange.of(node("Replica replica-1 acked 12, master at 80: bytes from 13 "
                + "have left the backlog; dropping the replica for a full resync")));
    }
}
