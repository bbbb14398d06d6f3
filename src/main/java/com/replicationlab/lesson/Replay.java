package com.replicationlab.lesson;

import com.replicationlab.lab.Lab;
import com.replicationlab.script.Action;
import com.replicationlab.script.Session;

import java.util.Collections;
import java.util.List;

/**
 * Rebuilds a lab from actions. A lab is a pure function of its actions (and the seed its
 * {@code cluster} action names), so performing them again gives the same lab, byte for byte —
 * as long as the time between them is known too: time that ran with no action saying so (a
 * window playing in real time) is put back from the virtual time each action started at.
 */
public final class Replay {
    private Replay() {
    }

    /** A fresh session that has performed {@code actions}. */
    public static Session of(List<Action> actions) {
        return of(actions, Collections.nCopies(actions.size(), -1L));
    }

    /**
     * A fresh session that has performed {@code actions}, each once its lab's clock had reached
     * the matching start time (virtual ms; -1 when not known).
     */
    static Session of(List<Action> actions, List<Long> startMs) {
        Session session = new Session();
        for (int i = 0; i < actions.size(); i++) {
            long behindMs = session.hasLab() ? startMs.get(i) - session.lab().elapsedMs() : 0;
            if (behindMs > 0) {
                session.lab().advance(behindMs);
            }
            session.perform(actions.get(i));
        }
        return session;
    }

    /** Copies of {@code live}'s lab made by replaying its action log, caught up to its clock. */
    public static LabCopier copier(Session live) {
        List<Action> actions = live.log().actions();
        return copier(live, actions, Collections.nCopies(actions.size(), -1L));
    }

    static LabCopier copier(Session live, List<Action> actions, List<Long> startMs) {
        return () -> {
            Lab copy = of(actions, startMs).lab();
            long behindMs = live.lab().elapsedMs() - copy.elapsedMs();
            if (behindMs > 0) {
                copy.advance(behindMs);
            }
            return copy;
        };
    }
}
