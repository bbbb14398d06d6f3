package com.replicationlab.ui.sequence;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Sequence: each packet's trip, read from the trace")
class PacketTripsTest {

    private static TraceRecord record(TraceKind kind, long atMs, String node, String text, long packet) {
        return new TraceRecord(atMs, atMs, kind, node, text, packet);
    }

    @Test
    @DisplayName("sent, then delivered: an arrow from sender to receiver with its label and times")
    void delivered() {
        PacketTrips trips = new PacketTrips(id -> Optional.of(PacketKind.WRITE));
        trips.consider(record(TraceKind.SENT, 2500, "master", "#29 master->replica-1 SET k v · 27 B", 29));
        assertEquals(new PacketTrip(29, "master", "replica-1", "SET k v · 27 B", null, PacketKind.WRITE, 2500, -1,
                PacketTrip.Fate.IN_FLIGHT, false), trips.find(29).orElseThrow());
        trips.consider(record(TraceKind.DELIVERED, 2550, "replica-1", "#29 master->replica-1 SET k v · 27 B", 29));
        assertEquals(new PacketTrip(29, "master", "replica-1", "SET k v · 27 B", null, PacketKind.WRITE, 2500, 2550,
                PacketTrip.Fate.DELIVERED, false), trips.find(29).orElseThrow());
    }

    @Test
    @DisplayName("lost, thrown away, held and released; a duplicate's second arrival does not move the end")
    void fates() {
        PacketTrips trips = new PacketTrips(id -> Optional.empty());
        trips.consider(record(TraceKind.SENT, 100, "master", "#1 master->replica-1 SET a 1 · 27 B", 1));
        trips.consider(record(TraceKind.DROPPED, 125, "master", "#1 master->replica-1 lost (drop next)", 1));
        trips.consider(record(TraceKind.SENT, 100, "master", "#2 master->replica-2 FIN (connection closed)", 2));
        trips.consider(record(TraceKind.DISCARDED, 150, "replica-2", "#2 arrived at a closed connection", 2));
        trips.consider(record(TraceKind.SENT, 100, "replica-1", "#3 replica-1->master ACK 64", 3));
        trips.consider(record(TraceKind.HELD, 100, "replica-1", "#3 held in flight", 3));
        assertEquals(true, trips.find(3).orElseThrow().held());
        trips.consider(record(TraceKind.HELD, 900, "replica-1", "#3 released", 3));
        trips.consider(record(TraceKind.DELIVERED, 950, "master", "#3 replica-1->master ACK 64", 3));
        trips.consider(record(TraceKind.DELIVERED, 990, "master", "#3 replica-1->master ACK 64", 3));
        assertEquals(PacketTrip.Fate.LOST, trips.find(1).orElseThrow().fate());
        assertEquals(125, trips.find(1).orElseThrow().endMs());
        assertEquals(PacketTrip.Fate.DISCARDED, trips.find(2).orElseThrow().fate());
        PacketTrip ack = trips.find(3).orElseThrow();
        assertEquals(PacketTrip.Fate.DELIVERED, ack.fate());
        assertEquals(950, ack.endMs());
        assertEquals(false, ack.held());
    }

    @Test
    @DisplayName("kinds: as seen in flight; a packet never seen gets the kind its label names once its trip ends")
    void kinds() {
        Map<Long, PacketKind> seen = new HashMap<>();
        PacketTrips trips = new PacketTrips(id -> Optional.ofNullable(seen.get(id)));
        trips.consider(record(TraceKind.SENT, 0, "replica-1", "#5 replica-1->master ACK 14", 5));
        trips.consider(record(TraceKind.SENT, 0, "master", "#6 master->replica-1 SET k v · 27 B", 6));
        trips.learnKinds();
        assertEquals(null, trips.find(5).orElseThrow().kind());
        seen.put(6L, PacketKind.RESEND);
        trips.consider(record(TraceKind.DELIVERED, 50, "master", "#5 replica-1->master ACK 14", 5));
        trips.learnKinds();
        assertEquals(PacketKind.ACK, trips.find(5).orElseThrow().kind());
        assertEquals(PacketKind.RESEND, trips.find(6).orElseThrow().kind());
    }

    @Test
    @DisplayName("what labels name: ACK, GETACK, PING, re-send, FIN, handshake, RDB, a write, anything else")
    void guesses() {
        assertEquals(PacketKind.ACK, PacketTrips.guess("ACK 200"));
        assertEquals(PacketKind.GETACK, PacketTrips.guess("GETACK · 37 B"));
        assertEquals(PacketKind.PING, PacketTrips.guess("ping · 14 B"));
        assertEquals(PacketKind.PING, PacketTrips.guess("PING · 14 B"));
        assertEquals(PacketKind.RESEND, PacketTrips.guess("re-send 65..93 · 29 B"));
        assertEquals(PacketKind.CLOSE, PacketTrips.guess("FIN (connection closed)"));
        assertEquals(PacketKind.SYNC, PacketTrips.guess("+CONTINUE 43b027e1…"));
        assertEquals(PacketKind.SYNC, PacketTrips.guess("REPLCONF listening-port 6381"));
        assertEquals(PacketKind.RDB, PacketTrips.guess("RDB REDIS0010 · 172 B"));
        assertEquals(PacketKind.WRITE, PacketTrips.guess("SET k v · 27 B"));
        assertEquals(PacketKind.OTHER, PacketTrips.guess("something"));
    }

    @Test
    @DisplayName("bytes as a student reads them: \\r and \\n written out, a line per RESP element, other bytes in hex")
    void visibleBytes() {
        byte[] set = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("*3\\r\\n\n$3\\r\\n\nSET\\r\\n\n$1\\r\\n\nk\\r\\n\n$1\\r\\n\nv\\r\\n\n", RespText.visible(set));
        assertEquals("a\\x00\\xffb\\\\", RespText.visible(new byte[] {'a', 0, (byte) 0xff, 'b', '\\'}));
        assertEquals(RespText.MAX_BYTES, RespText.visible(new byte[RespText.MAX_BYTES + 10]).split("\\\\x", -1).length - 1);
    }

    @Test
    @DisplayName("a trip keeps its label's wording, so the diagram can say 'FIN (connection closed)' in Chinese")
    void keepsTheLabelsWording() {
        Lab lab = Lab.create(new ClusterSpec(1, 10, 7, 1024 * 1024, "resend"));
        lab.advance(1500);
        lab.crash("replica-1");
        lab.advance(100);
        PacketTrips trips = new PacketTrips(id -> Optional.empty());
        lab.trace().records().forEach(trips::consider);
        TraceRecord fin = lab.trace().records().stream().filter(r -> r.text().endsWith("FIN (connection closed)"))
                .findFirst().orElseThrow();
        PacketTrip trip = trips.find(fin.packetId()).orElseThrow();
        assertEquals("FIN (connection closed)", trip.label());
        assertEquals("fin", trip.labelWording().key());
        PacketTrip write = trips.find(lab.trace().records().stream().filter(r -> r.kind() == TraceKind.SENT)
                .findFirst().orElseThrow().packetId()).orElseThrow();
        assertEquals(null, write.labelWording(), write.label());
    }
}
