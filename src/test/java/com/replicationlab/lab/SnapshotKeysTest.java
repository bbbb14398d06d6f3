package com.replicationlab.lab;

import com.replicationlab.lab.snapshot.KeyView;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The keys a snapshot lists, kept from one snapshot to the next")
class SnapshotKeysTest {

    private static Lab syncedLab() {
        Lab lab = Lab.create(new ClusterSpec(1, 50, 1, 1024 * 1024, "resend"));
        lab.advance(2000);
        return lab;
    }

    private static KeyView key(LabSnapshot snapshot, String node, String key) {
        return snapshot.node(node).keys().stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
    }

    private static void write(Lab lab, String... args) {
        lab.command("master", List.of(args));
        lab.advance(200);
    }

    @Test
    @DisplayName("an unchanged string's view is the same object in the next snapshot; an overwritten one is rendered again")
    void unchangedStringsAreNotRenderedAgain() {
        Lab lab = syncedLab();
        write(lab, "SET", "a", "one");
        write(lab, "SET", "b", "two");
        LabSnapshot first = lab.snapshot();
        write(lab, "SET", "b", "owt");
        LabSnapshot second = lab.snapshot();
        for (String node : List.of("master", "replica-1")) {
            assertSame(key(first, node, "a"), key(second, node, "a"), node);
            assertEquals("\"two\"", key(first, node, "b").value(), node);
            assertEquals("\"owt\"", key(second, node, "b").value(), node);
        }
    }

    @Test
    @DisplayName("lists, hashes and sets changed in place show their new contents")
    void containersChangedInPlace() {
        Lab lab = syncedLab();
        write(lab, "RPUSH", "list", "x");
        write(lab, "HSET", "hash", "f", "1");
        write(lab, "SADD", "set", "m");
        lab.snapshot();
        write(lab, "RPUSH", "list", "y");
        write(lab, "HSET", "hash", "f", "2");
        write(lab, "SADD", "set", "n");
        LabSnapshot after = lab.snapshot();
        for (String node : List.of("master", "replica-1")) {
            assertEquals("[x, y]", key(after, node, "list").value(), node);
            assertEquals("{f=2}", key(after, node, "hash").value(), node);
            assertEquals("{m, n}", key(after, node, "set").value(), node);
        }
    }

    @Test
    @DisplayName("strings changed by APPEND, INCR and SETRANGE show their new values")
    void stringsRewrittenByCommands() {
        Lab lab = syncedLab();
        write(lab, "SET", "s", "abc");
        write(lab, "SET", "n", "9");
        lab.snapshot();
        write(lab, "APPEND", "s", "def");
        write(lab, "INCR", "n");
        LabSnapshot appended = lab.snapshot();
        write(lab, "SETRANGE", "s", "0", "X");
        LabSnapshot ranged = lab.snapshot();
        assertEquals("\"abcdef\"", key(appended, "replica-1", "s").value());
        assertEquals("\"10\"", key(appended, "replica-1", "n").value());
        assertEquals("\"Xbcdef\"", key(ranged, "master", "s").value());
    }

    @Test
    @DisplayName("an expiring key's TTL counts down with the same text; expired, it goes; set again, it shows its new value")
    void expiringKeys() {
        Lab lab = syncedLab();
        write(lab, "SET", "k", "old", "PX", "1000");
        KeyView early = key(lab.snapshot(), "master", "k");
        lab.advance(300);
        KeyView later = key(lab.snapshot(), "master", "k");
        assertEquals(early.ttlMs() - 300, later.ttlMs());
        assertEquals("\"old\"", later.value());
        assertNotSame(early, later);
        lab.command("master", List.of("PERSIST", "k"));
        assertEquals(-1, key(lab.snapshot(), "master", "k").ttlMs());
        write(lab, "PEXPIRE", "k", "100");
        lab.advance(1000);
        lab.command("master", List.of("GET", "k"));
        lab.advance(500);
        LabSnapshot expired = lab.snapshot();
        assertEquals(null, key(expired, "master", "k"));
        assertEquals(null, key(expired, "replica-1", "k"));
        write(lab, "SET", "k", "new");
        assertEquals("\"new\"", key(lab.snapshot(), "replica-1", "k").value());
    }

    @Test
    @DisplayName("under random writes, renames, deletes and expiry, each snapshot lists what a fresh rendering lists")
    void sameAsAFreshRendering() {
        Lab lab = syncedLab();
        SplittableRandom random = new SplittableRandom(7);
        for (int step = 0; step < 400; step++) {
            String key = "k" + random.nextInt(12);
            String other = "k" + random.nextInt(12);
            String value = "v" + random.nextInt(4);
            List<String> command = switch (random.nextInt(12)) {
                case 0 -> List.of("SET", key, value);
                case 1 -> List.of("SET", key, value, "PX", String.valueOf(50 + random.nextInt(500)));
                case 2 -> List.of("APPEND", key, value);
                case 3 -> List.of("RPUSH", "l" + key, value);
                case 4 -> List.of("LPOP", "l" + key);
                case 5 -> List.of("HSET", "h" + key, value, key);
                case 6 -> List.of("SADD", "s" + key, value);
                case 7 -> List.of("SREM", "s" + key, value);
                case 8 -> List.of("DEL", key);
                case 9 -> List.of("RENAME", key, other);
                case 10 -> List.of("PEXPIRE", key, String.valueOf(random.nextInt(300)));
                default -> List.of("PERSIST", key);
            };
            lab.command("master", command);
            lab.advance(random.nextInt(120));
            LabSnapshot kept = lab.snapshot();
            LabSnapshot fresh = new SnapshotBuilder(lab).build();
            for (NodeView node : fresh.nodes()) {
                assertEquals(node.keys(), kept.node(node.name()).keys(), "step " + step + " " + command + " on " + node.name());
            }
        }
        assertTrue(lab.snapshot().node("replica-1").keyCount() > 0);
    }
}
