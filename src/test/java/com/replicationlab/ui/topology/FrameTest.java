package com.replicationlab.ui.topology;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Where the canvas puts things")
class FrameTest {

    private static NodeView node(String name, boolean up, String master) {
        return new NodeView(name, 6379, up, master != null, master, master != null ? "connected" : "none", "id", "",
                0, 0, -1, List.of(), null, 0, 10, 0, true, List.of(), "");
    }

    private static Frame frame(List<NodeView> nodes, List<PacketView> packets, double timeMs, Map<String, String> remembered) {
        LabSnapshot snapshot = new LabSnapshot((long) timeMs, 0, nodes, List.of(), packets, "", null);
        Placement placement = Placement.of(snapshot, 1200, 700, 1);
        return new Frame(snapshot, timeMs, placement.unit(), placement.cards(), remembered);
    }

    @Test
    @DisplayName("after a failover the promoted node is on top; a crashed replica keeps its link, drawn as gone")
    void failover() {
        Frame frame = frame(List.of(node("master", false, null), node("replica-1", true, null),
                node("replica-2", true, "replica-1"), node("replica-3", false, null)), List.of(), 0,
                Map.of("replica-1", "master", "replica-3", "replica-1"));
        Box top = frame.cards.get("replica-1");
        assertTrue(frame.cards.values().stream().allMatch(box -> box == top || box.y() > top.y()), "replica-1 on top");
        assertEquals(List.of("replica-1>replica-2:true", "replica-1>replica-3:false"),
                frame.links.stream().map(l -> l.master() + ">" + l.replica() + ":" + l.current()).toList());
    }

    @Test
    @DisplayName("eight replicas in a tall window: compact cards, and words no larger than their width holds")
    void eightReplicasInATallWindow() {
        List<NodeView> nodes = new ArrayList<>(List.of(node("master", true, null)));
        for (int i = 1; i <= 8; i++) {
            nodes.add(node("replica-" + i, true, "master"));
        }
        Placement placement = Placement.of(new LabSnapshot(0, 0, nodes, List.of(), List.of(), "", null), 1165, 705, 1);
        Box card = placement.cards().get("replica-1");
        assertTrue(card.w() < Placement.COMPACT_WIDTH * placement.unit(), "compact");
        assertTrue(placement.unit() * 118 <= card.w() + 1e-9, "unit " + placement.unit() + " for a card " + card.w() + " wide");
    }

    @Test
    @DisplayName("a packet moves along its lane with the lab clock; a doomed one stops half way; a held one waits there")
    void packetProgress() {
        PacketView write = new PacketView(7, "master", "replica-1", PacketKind.WRITE, "SET k v", null, 1000, 1050, false, false,
                33, 1, new byte[33]);
        PacketView doomed = new PacketView(8, "master", "replica-1", PacketKind.WRITE, "SET k v", null, 1000, 1050, true, false,
                33, 34, new byte[33]);
        PacketView held = new PacketView(9, "replica-1", "master", PacketKind.ACK, "ACK 66", null, 1040, 1090, false, true,
                30, -1, new byte[30]);
        Frame frame = frame(List.of(node("master", true, null), node("replica-1", true, "master")),
                List.of(write, doomed, held), 1040, Map.of());
        assertEquals(0.8, frame.progress(write), 1e-9);
        assertEquals(0.5, frame.progress(doomed), 1e-9);
        assertEquals(0.5, frame.progress(held), 1e-9);
        LinkLine link = frame.linkOf("master", "replica-1");
        assertEquals(link.down(), link.laneOf("master", "replica-1"));
        assertEquals(link.up(), link.laneOf("replica-1", "master"));
    }

    @Test
    @DisplayName("eight replicas fit side by side in compact cards, all inside the canvas")
    void eightReplicas() {
        List<NodeView> nodes = new ArrayList<>(List.of(node("master", true, null)));
        for (int i = 1; i <= 8; i++) {
            nodes.add(node("replica-" + i, true, "master"));
        }
        Frame frame = frame(nodes, List.of(), 0, Map.of());
        for (Box box : frame.cards.values()) {
            assertTrue(box.x() >= 0 && box.x() + box.w() <= 1200 && box.y() >= 0 && box.bottom() <= 700, box.toString());
        }
        assertTrue(frame.cards.get("replica-1").w() < Placement.COMPACT_WIDTH * frame.unit, "compact");
        assertEquals(8, frame.links.size());
    }

    @Test
    @DisplayName("a packet finds its link from either end, in a chain too; nodes without a link between them have none")
    void linkOfEitherEnd() {
        Frame frame = frame(List.of(node("master", true, null), node("replica-1", true, "master"),
                node("replica-2", true, "replica-1")), List.of(), 0, Map.of());
        LinkLine first = frame.links.get(0);
        LinkLine chained = frame.links.get(1);
        assertEquals(first, frame.linkOf("master", "replica-1"));
        assertEquals(first, frame.linkOf("replica-1", "master"));
        assertEquals(chained, frame.linkOf("replica-1", "replica-2"));
        assertEquals(chained, frame.linkOf("replica-2", "replica-1"));
        assertNull(frame.linkOf("master", "replica-2"));
        assertNull(frame.linkOf("nobody", "master"));
    }

    @Test
    @DisplayName("each packet kind has its own ink")
    void packetInks() {
        for (PacketKind kind : PacketKind.values()) {
            assertEquals("PACKET_" + kind.name(), Ink.of(kind).name());
        }
    }
}
