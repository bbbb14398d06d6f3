package com.replicationlab.script;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabException;
import com.replicationlab.lab.Trace;
import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.Wording;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs actions one at a time on a lab, for a script, the console or the window's buttons alike.
 * The lab comes from a {@code cluster} action, or is a default lab if the first action is
 * anything else. Every action performed goes into the action log, which replays the session.
 * A refused action (packet no longer in flight, node already down) is a failed outcome, not an
 * exception. An action naming a node the lab does not have is refused before it runs and is not
 * logged — as if the parser had refused it — so that a saved log always parses and replays.
 * Like the lab it drives, a session belongs to the lab thread.
 */
public final class Session {
    /** The name actions and expectations carry in the trace (the window says it in its own words). */
    public static final String SOURCE = "script";

    private final List<SessionListener> listeners = new ArrayList<>();
    /** Null for a session that keeps no log ({@link #withoutLog}). */
    private final ActionLog log;
    private Lab lab;

    /** A session that starts its own lab (from a cluster action, or the default one). */
    public Session() {
        this(null, new ActionLog());
    }

    /** A session acting on a lab that is already running (a served lab). */
    public Session(Lab lab) {
        this(lab, new ActionLog());
    }

    private Session(Lab lab, ActionLog log) {
        this.lab = lab;
        this.log = log;
    }

    /**
     * A session acting on a running lab whose actions are recorded by whoever performs them (the
     * window's journal, which step back and "save as scenario" use): a log of its own would only
     * hold every action a second time, for as long as the lab lives.
     */
    public static Session withoutLog(Lab lab) {
        return new Session(lab, null);
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public Outcome perform(Action action) {
        for (String node : action.nodes()) {
            if (!lab().hasNode(node)) {
                String nodes = String.join(", ", lab().nodeNames());
                return Outcome.failed(Phrase.of("unknown node '" + node + "' (nodes: " + nodes + ")", "unknownNode", node,
                        nodes));
            }
        }
        if (log != null) {
            log.add(action);
        }
        for (SessionListener listener : listeners) {
            listener.actionStarting(action);
        }
        if (!(action instanceof Cluster)) {
            lab().note(TraceKind.ACTION, SOURCE, action.text()); // a cluster notes itself in its new lab
        }
        Outcome outcome;
        try {
            outcome = action.perform(this);
        } catch (LabException e) {
            outcome = Outcome.refused(e);
        }
        noteOutcome(action, outcome);
        for (SessionListener listener : listeners) {
            listener.actionFinished(action, outcome);
        }
        return outcome;
    }

    /**
     * Expectations, and actions that failed, leave their result in the lab's trace: in English, and
     * as a wording whose arguments are the action as typed (data) and the outcome's detail — its
     * wording, or the detail itself where it has none (a reply, an error as the lab said it).
     */
    private void noteOutcome(Action action, Outcome outcome) {
        String detail = outcome.detail().isEmpty() ? "" : " — " + outcome.detail();
        Object detailWords = outcome.wording() != null ? outcome.wording() : outcome.detail();
        if (action.isCheck()) {
            lab.note(TraceKind.EXPECT, SOURCE, (outcome.failed() ? "FAILED " : "passed ") + action.text() + detail,
                    new Wording(outcome.failed() ? "expectFailed" : "expectPassed", action.text(), detailWords));
        } else if (outcome.failed()) {
            lab.note(TraceKind.ACTION, SOURCE, "FAILED " + action.text() + detail,
                    new Wording("actionFailed", action.text(), detailWords));
        }
    }

    /** The lab, started with the default cluster if no action has started one yet. */
    public Lab lab() {
        if (lab == null) {
            startLab(ClusterSpec.defaults(), null);
        }
        return lab;
    }

    public boolean hasLab() {
        return lab != null;
    }

    public ActionLog log() {
        if (log == null) {
            throw new IllegalStateException("this session keeps no log: its actions are recorded by whoever performs them");
        }
        return log;
    }

    /** Starts a fresh lab; {@code origin}, the action that asked for it, heads its trace. */
    void startLab(ClusterSpec spec, Action origin) {
        lab = Lab.create(spec, Trace.DEFAULT_CAPACITY, fresh -> {
            if (origin != null) {
                fresh.note(TraceKind.ACTION, SOURCE, origin.text());
            }
        });
        for (SessionListener listener : listeners) {
            listener.labStarted(lab);
        }
    }
}
