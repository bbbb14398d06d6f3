package com.replicationlab.lab;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("The trace: a packet's records say what PacketWords says of the packet")
class TraceTest {

    private static Packet packet() {
        byte[] set = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n".getBytes(StandardCharsets.US_ASCII);
        return new Packet(12, 1, "master", "replica-1", set, 0, 1, 101, false, null, null, null);
    }

    @Test
    @DisplayName("sent and delivered: the text, the wording and the packet id of the packet's words")
    void packetRecordsSayWhatPacketWordsSays() {
        Trace trace = new Trace(new VirtualClock(), 10);
        List<TraceRecord> told = new ArrayList<>();
        trace.addListener(told::add);
        Packet packet = packet();
        TraceRecord sent = trace.add(TraceKind.SENT, "master", packet);
        TraceRecord delivered = trace.add(TraceKind.DELIVERED, "replica-1", packet);

        assertEquals(PacketWords.sent(packet).text(), sent.text());
        assertEquals("#12 master->replica-1 " + packet.label(), sent.text());
        assertEquals(PacketWords.sent(packet).wording(), sent.wording());
        assertEquals(PacketWords.delivered(packet).text(), delivered.text());
        assertEquals(PacketWords.delivered(packet).wording(), delivered.wording());
        assertEquals("delivered", delivered.wording().key());
        assertEquals(12, sent.packetId());
        assertEquals(List.of(0L, 1L), List.of(sent.index(), delivered.index()));
        assertEquals(List.of(sent, delivered), told);
        assertSame(delivered, trace.records().get(1));
    }

    @Test
    @DisplayName("a packet's record tells that it was sent or delivered, nothing else")
    void packetRecordsAreSentOrDelivered() {
        Trace trace = new Trace(new VirtualClock(), 10);
        assertThrows(IllegalArgumentException.class, () -> trace.add(TraceKind.DROPPED, "master", packet()));
    }
}
