package com.replicationlab.lab;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.replication.ReplicationBacklog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("The backlog bytes a snapshot holds, shared from one snapshot to the next")
class SnapshotBacklogTest {

    /** A snapshot's backlog and the bytes it must hold, read from the ring when it was taken. */
    private record Taken(String what, BacklogView view, byte[] expected) {}

    private static byte[] held(BacklogView view) {
        return Arrays.copyOfRange(view.stream(), view.streamStart(), view.streamStart() + (int) view.histlen());
    }

    private static ReplicationBacklog ring(Lab lab, String node) {
        return lab.node(node).redis().masterSide().backlog();
    }

    /** Takes a snapshot and checks each master's backlog against its ring; keeps it to check again later. */
    private static void take(Lab lab, String what, List<Taken> taken) {
        for (NodeView node : lab.snapshot().nodes()) {
            if (node.backlog() != null) {
                ReplicationBacklog ring = ring(lab, node.name());
                byte[] expected = ring.histlen() == 0 ? new byte[0] : ring.read(ring.firstByteOffset(), ring.masterOffset());
                assertEquals(ring.firstByteOffset(), node.backlog().firstByteOffset(), what);
                assertArrayEquals(expected, held(node.backlog()), what + " on " + node.name());
                taken.add(new Taken(what + " on " + node.name(), node.backlog(), expected));
            }
        }
    }

    private static void stillHold(List<Taken> taken) {
        for (Taken t : taken) {
            assertArrayEquals(t.expected(), held(t.view()), t.what() + ", checked again at the end");
        }
    }

    @Test
    @DisplayName("while the ring wraps many times over, every snapshot holds the ring's bytes, and still does after later ones")
    void wrapsAndKeepsEarlierSnapshots() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 300, "resend"));
        lab.advance(2000);
        SplittableRandom random = new SplittableRandom(3);
        List<Taken> taken = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            for (int i = random.nextInt(4); i > 0; i--) {
                lab.command("master", List.of("SET", "k" + random.nextInt(9), "v".repeat(1 + random.nextInt(60))));
            }
            lab.advance(random.nextInt(40));
            take(lab, "step " + step, taken);
        }
        stillHold(taken);
    }

    @Test
    @DisplayName("successive snapshots share one array while the new bytes fit after the old")
    void snapshotsShareTheArray() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 1024 * 1024, "resend"));
        lab.advance(2000);
        lab.command("master", List.of("SET", "a", "1"));
        BacklogView first = lab.snapshot().node("master").backlog();
        lab.command("master", List.of("SET", "b", "2"));
        BacklogView second = lab.snapshot().node("master").backlog();
        assertSame(first.stream(), second.stream());
        assertEquals(first.histlen() + "*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n".length(), second.histlen());
    }

    @Test
    @DisplayName("another backlog over the same offsets (a new replication history) is copied anew, not taken for the old one's")
    void anotherBacklogIsCopiedAnew() {
        BacklogCopy copy = new BacklogCopy();
        ReplicationBacklog old = new ReplicationBacklog(200, 0);
        old.append("a".repeat(100).getBytes());
        assertArrayEquals("a".repeat(100).getBytes(), held(copy.view(old)));
        ReplicationBacklog other = new ReplicationBacklog(200, 50);
        other.append("b".repeat(60).getBytes());
        assertArrayEquals("b".repeat(60).getBytes(), held(copy.view(other)));
    }

    @Test
    @DisplayName("a resized ring, a write larger than the ring, a promoted replica and a restarted master are held right")
    void resizeGapsAndNewHistories() {
        Lab lab = Lab.create(new ClusterSpec(2, 50, 1, 1024, "resend"));
        lab.advance(2000);
        List<Taken> taken = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lab.command("master", List.of("SET", "k" + i, "value-" + i));
        }
        take(lab, "before a resize", taken);
        lab.config("master", "repl-backlog-size", "400");
        take(lab, "shrunk", taken);
        lab.command("master", List.of("SET", "k", "x".repeat(600)));
        take(lab, "a write larger than the ring", taken);
        lab.config("master", "repl-backlog-size", "5000");
        lab.command("master", List.of("SET", "k", "y"));
        take(lab, "grown", taken);
        lab.promote("replica-1");
        lab.advance(3000);
        lab.command("replica-1", List.of("SET", "after", "promotion"));
        take(lab, "promoted", taken);
        assertNotNull(lab.snapshot().node("replica-1").backlog());
        lab.crash("replica-1");
        lab.advance(500);
        lab.restart("replica-1");
        lab.advance(3000);
        take(lab, "restarted", taken);
        stillHold(taken);
    }
}
