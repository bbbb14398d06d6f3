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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @DisplayName("two snapshots hold the same bytes of a range exactly when both hold it and its bytes are equal")
    void sameBytesAcrossSnapshots() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 300, "resend"));
        lab.advance(2000);
        SplittableRandom random = new SplittableRandom(5);
        List<Taken> taken = new ArrayList<>();
        int compared = 0;
        for (int step = 0; step < 200; step++) {
            lab.command("master", List.of("SET", "k" + random.nextInt(9), "v".repeat(1 + random.nextInt(60))));
            lab.advance(random.nextInt(40));
            take(lab, "step " + step, taken);
            if (taken.size() < 2) {
                continue;
            }
            BacklogView now = taken.get(taken.size() - 1).view();
            // A recent one mostly, so that both often hold the range.
            BacklogView earlier = taken.get(taken.size() - 2 - random.nextInt(Math.min(4, taken.size() - 1))).view();
            long first = now.firstByteOffset() - 20 + random.nextInt(60);
            long last = first + random.nextInt(80);
            byte[] nowBytes = slice(now, first, last);
            byte[] earlierBytes = slice(earlier, first, last);
            boolean expected = nowBytes != null && earlierBytes != null && Arrays.equals(nowBytes, earlierBytes);
            assertEquals(expected, now.sameBytes(earlier, first, last), "offsets " + first + ".." + last + " at step " + step);
            compared += expected ? 1 : 0;
        }
        assertTrue(compared > 20, "enough ranges held by both to compare: " + compared);
    }

    @Test
    @DisplayName("the same bytes in another array are found the same; other bytes at the same place are not")
    void sameBytesByContent() {
        byte[] bytes = "abcdef".getBytes();
        BacklogView view = new BacklogView(100, 1, 6, 6, bytes, 0, new long[] {1});
        assertTrue(view.sameBytes(new BacklogView(100, 1, 6, 6, bytes.clone(), 0, new long[] {1}), 2, 5));
        assertTrue(view.sameBytes(new BacklogView(100, 3, 4, 6, "xxcdef".getBytes(), 2, new long[] {3}), 3, 6));
        assertFalse(view.sameBytes(new BacklogView(100, 1, 6, 6, "abXdef".getBytes(), 0, new long[] {1}), 2, 5));
        assertFalse(view.sameBytes(new BacklogView(100, 3, 4, 6, bytes, 0, new long[] {3}), 1, 4), "the other no longer holds 1..2");
        assertFalse(view.sameBytes(null, 1, 2));
    }

    /** The bytes of offsets first..last as the view holds them, or null where it does not hold them all. */
    private static byte[] slice(BacklogView view, long first, long last) {
        if (first < view.firstByteOffset() || last > view.masterOffset()) {
            return null;
        }
        return Arrays.copyOfRange(view.stream(), view.streamIndexOf(first), view.streamIndexOf(last) + 1);
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
