package com.replicationlab.lab;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A node's timers in the lab")
class NodeSchedulerTest {

    @Test
    @DisplayName("a timer that re-arms itself every second for an hour leaves one timer kept, not 3600")
    void firedTimersAreNotKept() {
        Lab lab = Lab.create(new ClusterSpec(0, 1, 42, 1024 * 1024, "resend"));
        NodeScheduler scheduler = new NodeScheduler(lab, "master");
        int[] fired = new int[1];
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            fired[0]++;
            scheduler.schedule(1000, "tick", tick[0]);
        };
        scheduler.schedule(1000, "tick", tick[0]);
        lab.advance(3_600_000);
        assertEquals(3600, fired[0]);
        assertEquals(1, scheduler.kept());
    }

    @Test
    @DisplayName("a lab bounded to fewer pending events refuses one more with a message, not an out-of-memory")
    void pendingEventsBounded() {
        Lab lab = Lab.create(new ClusterSpec(0, 1, 42, 1024 * 1024, "resend"));
        NodeScheduler scheduler = new NodeScheduler(lab, "master");
        int bound = lab.events().size() + 10;
        lab.limitPendingEvents(bound);
        assertEquals(bound, lab.pendingEventsLimit());
        for (int i = 0; i < 10; i++) {
            scheduler.schedule(1000, "timer " + i, () -> { });
        }
        IllegalStateException full = assertThrows(IllegalStateException.class,
                () -> scheduler.schedule(1000, "one too many", () -> { }));
        assertTrue(full.getMessage().startsWith("more than " + bound + " pending lab events: the lab is running away"),
                full.getMessage());
    }
}
