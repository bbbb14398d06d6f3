package com.replicationlab.lab;

import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The lab's simulated network")
class LabNetworkTest {

    private static List<String> texts(Lab lab, TraceKind kind) {
        return lab.trace().records().stream().filter(r -> r.kind() == kind).map(TraceRecord::text).toList();
    }

    @Test
    @DisplayName("replicas sync, writes propagate, and a dropped write is re-sent from the backlog")
    void syncsPropagatesAndRecovers() {
        Lab lab = Lab.create(ClusterSpec.defaults());
        lab.advance(2000);
        assertEquals(RespValue.OK, lab.command("master", List.of("SET", "key", "value")));
        lab.advance(1500);
        assertEquals(RespValue.bulk("value"), lab.command("replica-1", List.of("GET", "key")));
        lab.dropNext("master", "replica-1");
        lab.command("master", List.of("SET", "key", "value2"));
        lab.advance(3000);
        assertEquals(RespValue.bulk("value2"), lab.command("replica-1", List.of("GET", "key")));
        assertEquals(lab.field("master", "offset"), lab.field("replica-1", "offset"));
        assertTrue(texts(lab, TraceKind.DROPPED).stream().anyMatch(t -> t.contains("lost (drop next)")));
        assertTrue(texts(lab, TraceKind.NODE).stream().anyMatch(t -> t.contains("re-sending")));
    }

    @Test
    @DisplayName("a held handshake packet holds back what follows it on its connection; released, the sync completes")
    void heldHandshakeBlocksItsConnection() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 1024 * 1024, "resend"));
        lab.runUntil(() -> lab.packetsInFlight().stream().anyMatch(p -> p.packet().label().startsWith("+FULLRESYNC")), 5000);
        long fullResync = lab.packetsInFlight().stream().filter(p -> p.packet().label().startsWith("+FULLRESYNC"))
                .findFirst().orElseThrow().packet().id();
        lab.holdPacket(fullResync);
        lab.advance(2000);
        assertTrue(texts(lab, TraceKind.HELD).stream().anyMatch(t -> t.contains("waits behind held #" + fullResync)));
        assertEquals("handshake", lab.snapshot().node("replica-1").linkState(), "still waiting for its PSYNC reply");
        lab.release("master", "replica-1");
        lab.advance(500);
        assertEquals("connected", lab.snapshot().node("replica-1").linkState());
        assertTrue(texts(lab, TraceKind.NODE).stream().noneMatch(t -> t.contains("Bad protocol")));
    }

    @Test
    @DisplayName("close link resets both ends at once: no FIN travels, both sides see the close")
    void closeLinkSendsNoFin() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 1024 * 1024, "resend"));
        lab.advance(2000);
        lab.closeLink("master", "replica-1");
        lab.advance(100);
        assertTrue(texts(lab, TraceKind.SENT).stream().noneMatch(t -> t.contains("FIN")));
        assertTrue(texts(lab, TraceKind.NODE).stream().anyMatch(t -> t.contains("Connection with master lost")));
        lab.advance(3000);
        assertEquals("1", lab.field("master", "sync_partial_ok"));
    }

    @Test
    @DisplayName("a crashed node says nothing more; its peers see its connections reset")
    void crashedNodeIsSilent() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 1024 * 1024, "resend"));
        lab.advance(2000);
        long before = lab.trace().size();
        lab.crash("replica-1");
        lab.advance(1000);
        List<TraceRecord> after = lab.trace().records().stream().filter(r -> r.index() >= before).toList();
        assertTrue(after.stream().noneMatch(r -> r.kind() == TraceKind.NODE && r.node().equals("replica-1")));
        assertTrue(after.stream().anyMatch(r -> r.node().equals("master") && r.text().contains("Connection with replica")));
        assertEquals("0", lab.field("master", "connected_slaves"));
    }

    @Test
    @DisplayName("packets held on a connection that then closes are discarded, not left in flight")
    void heldPacketsOfAClosedConnectionAreDiscarded() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 1024 * 1024, "resend"));
        lab.advance(2000);
        lab.holdNext("master", "replica-1");
        lab.command("master", List.of("SET", "k", "v"));
        assertEquals(1, lab.packetsInFlight().stream().filter(InFlightPacket::held).count());
        lab.closeLink("master", "replica-1");
        assertEquals(0, lab.packetsInFlight().stream().filter(InFlightPacket::held).count());
        assertTrue(texts(lab, TraceKind.DISCARDED).stream().anyMatch(t -> t.contains("held on a connection that has closed")));
        lab.advance(3000);
        assertEquals(RespValue.bulk("v"), lab.command("replica-1", List.of("GET", "k")), "partial resync brings it");
    }
}
