package com.replicationlab.ui.topology;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Where a lost or discarded packet's word goes")
class GhostsTest {

    @Test
    @DisplayName("a packet discarded at a replica below its master has its word above it, off the replica's card")
    void discardedAtAReplica() {
        assertEquals(-1, Ghosts.wordDrop(false, 5.0));
    }

    @Test
    @DisplayName("a packet discarded at the master above has its word below it, off the master's card")
    void discardedAtTheMaster() {
        assertEquals(1, Ghosts.wordDrop(false, -5.0));
    }

    @Test
    @DisplayName("a lost packet, in the middle of its line, has its word below it")
    void lostMidway() {
        assertEquals(1, Ghosts.wordDrop(true, 5.0));
        assertEquals(1, Ghosts.wordDrop(true, -5.0));
    }
}
