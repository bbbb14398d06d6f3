package com.replicationlab.lesson;

import com.replicationlab.script.Action;
import com.replicationlab.script.Cluster;
import com.replicationlab.script.Session;
import com.replicationlab.script.SessionListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Remembers the virtual time each action of a session started at, so that a copy of its lab
 * replays them at the same moments even when time ran between them with no action to say so.
 */
final class ActionTimes implements SessionListener {
    private static final long UNKNOWN = -1;

    private final Session session;
    private final List<Long> startMs = new ArrayList<>();

    ActionTimes(Session session) {
        this.session = session;
    }

    @Override
    public void actionStarting(Action action) {
        // A cluster starts a lab of its own at time 0: the time of the lab it replaces does not matter.
        boolean known = session.hasLab() && !(action instanceof Cluster);
        startMs.add(known ? session.lab().elapsedMs() : UNKNOWN);
    }

    /** Copies of the session's lab; actions logged before this listener was added replay untimed. */
    LabCopier copier() {
        List<Action> actions = session.log().actions();
        List<Long> times = new ArrayList<>(Collections.nCopies(Math.max(0, actions.size() - startMs.size()), UNKNOWN));
        times.addAll(startMs.subList(Math.max(0, startMs.size() - actions.size()), startMs.size()));
        return Replay.copier(session, actions, times);
    }
}
