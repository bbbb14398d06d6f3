package com.replicationlab.lesson;

import com.replicationlab.lab.Lab;
import com.replicationlab.script.Action;
import com.replicationlab.script.Session;

import java.util.List;

/**
 * Rebuilds a lab from actions. A lab is a pure function of its actions (and the seed its
 * {@code cluster} action names), so performing them again gives the same lab, byte for byte.
 */
public final class Replay {
    private Replay() {
    }

    /** A fresh session that has performed {@code actions}. */
    public static Session of(List<Action> actions) {
        Session session = new Session();
        for (Action action : actions) {
            session.perform(action);
        }
        return session;
    }

    /**
     * Copies of {@code live}'s lab made by replaying its action log. If time ran on in the live
     * lab without an action saying so, the copy is run on to the same virtual time.
     */
    public static LabCopier copier(Session live) {
        return () -> {
            Lab copy = of(live.log().actions()).lab();
            long behindMs = live.lab().elapsedMs() - copy.elapsedMs();
            if (behindMs > 0) {
                copy.advance(behindMs);
            }
            return copy;
        };
    }
}
