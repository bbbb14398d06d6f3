package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The window's lab session")
class LabSessionTest {

    @Test
    @DisplayName("every lab it makes (fresh, rebuilt by a step back, a copy) holds at most 200,000 pending events, as the window's heap allows")
    void pendingEventsBounded() {
        try (LabSession session = new LabSession(new ScriptPerformer(), new LabFeed(Runnable::run, update -> { }, 100))) {
            Lab lab = session.start(new ClusterSpec(2, 20, 7, 4096, "resend"));
            assertEquals(LabSession.PENDING_EVENTS_KEPT, lab.pendingEventsLimit(), "a fresh lab");
            session.apply(lab, new LabAction("master> SET k v"));
            LabSession.advance(lab, 2_000);
            assertEquals(LabSession.PENDING_EVENTS_KEPT, session.copy(lab).pendingEventsLimit(), "a copy");
            assertEquals(LabSession.PENDING_EVENTS_KEPT, session.stepBack(lab).pendingEventsLimit(), "a lab rebuilt");
        }
    }
}
