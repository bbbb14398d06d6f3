package com.replicationlab.replication;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Replication IDs (PSYNC2 history)")
class ReplicationIdsTest {

    @Test
    @DisplayName("IDs are 40 hex characters from the seeded source, the same for the same seed")
    void seeded() {
        ReplicationIds a = new ReplicationIds(new SplittableRandom(7));
        ReplicationIds b = new ReplicationIds(new SplittableRandom(7));
        assertEquals(a.replid(), b.replid());
        assertTrue(a.replid().matches("[0-9a-f]{40}"));
        assertEquals(ReplicationIds.NO_ID, a.replid2());
        assertEquals(-1, a.secondReplOffset());
    }

    @Test
    @DisplayName("after a promotion the old ID is accepted up to the old offset + 1, not beyond")
    void promotion() {
        ReplicationIds ids = new ReplicationIds(new SplittableRandom(1));
        String old = ids.replid();
        ids.shift(66037);
        assertNotEquals(old, ids.replid());
        assertEquals(old, ids.replid2());
        assertEquals(66038, ids.secondReplOffset());
        assertTrue(ids.accepts(old, 66038));
        assertFalse(ids.accepts(old, 66039));
        assertTrue(ids.accepts(ids.replid().toUpperCase(), 1), "IDs compare case-insensitively");
        assertFalse(ids.accepts("?", 1));
    }

    @Test
    @DisplayName("a +CONTINUE with a new ID keeps the old one as the second history")
    void continueWithNewId() {
        ReplicationIds ids = new ReplicationIds(new SplittableRandom(2));
        String old = ids.replid();
        String next = ids.newId();
        ids.continueAs(next, 100);
        assertEquals(next, ids.replid());
        assertEquals(old, ids.replid2());
        assertEquals(101, ids.secondReplOffset());
    }
}
