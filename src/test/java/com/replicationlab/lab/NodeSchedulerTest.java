package com.replicationlab.lab;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
