package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.Wording;

import java.util.List;

/**
 * A lab of {@code spec} with the journal's actions applied before event {@code mark}
 * ({@code performed}) performed at their points, run on to {@code mark} events — or a little
 * further, if the last of those actions ran on past it (a WAIT, an {@code advance}: an action is
 * never cut in two). The lab is deterministic, so this is exactly the lab a replay from the start
 * reaches there, for any journal whose actions before that point are those same ones. Replaying on
 * from a checkpoint uses it up: its lab is the one that moves on.
 */
record Checkpoint(ClusterSpec spec, long mark, List<JournalEntry> performed, Lab lab) {

    /** A fresh lab: the checkpoint at event 0, where a replay from the start begins. */
    static Checkpoint fresh(ClusterSpec spec) {
        return new Checkpoint(spec, 0, List.of(), LabSession.newLab(spec));
    }

    /** Where the lab is: {@code mark}, or just after the action that ran past it. */
    long eventsRun() {
        return lab.eventsRun();
    }

    /**
     * Brings the lab to {@code events} events: performs the entries of {@code journal} not yet
     * performed here, each at its point, then runs on. {@code journal} begins with
     * {@link #performed()} and holds no entry after {@code events}.
     *
     * @param strict whether a point that cannot be reached (the journal does not hold everything
     *               that changed the lab: a TCP client's commands) throws CannotRebuild
     */
    Lab replayTo(List<JournalEntry> journal, long events, ActionPerformer by, boolean strict) {
        perform(journal, by, strict);
        runTo(events, lab.elapsedMs(), strict);
        return lab;
    }

    /** The checkpoint at a later {@code mark}, made from this one: {@code entriesBefore} are the journal's entries before it. */
    Checkpoint replayOnTo(long laterMark, List<JournalEntry> entriesBefore, ActionPerformer by) {
        perform(entriesBefore, by, true);
        runTo(Math.max(laterMark, lab.eventsRun()), lab.elapsedMs(), true);
        return new Checkpoint(spec, laterMark, entriesBefore, lab);
    }

    /** Performs the entries of {@code journal} not yet performed here, each at its point. */
    private void perform(List<JournalEntry> journal, ActionPerformer by, boolean strict) {
        for (JournalEntry entry : journal.subList(performed.size(), journal.size())) {
            runTo(entry.eventsRun(), entry.timeMs(), strict);
            by.perform(lab, entry.action());
        }
    }

    /** Runs exactly up to {@code events} events, then lets the clock reach {@code timeMs} without running more. */
    private void runTo(long events, long timeMs, boolean strict) {
        lab.limitEvents(events);
        while (lab.step()) {
            // each step runs one event, up to the limit
        }
        lab.limitEvents(Long.MAX_VALUE);
        if (timeMs > lab.elapsedMs()) {
            lab.advance(timeMs - lab.elapsedMs());
        }
        if (strict && lab.eventsRun() != events) {
            throw new CannotRebuild("step back cannot rebuild this state: replaying the action log reaches event "
                    + lab.eventsRun() + ", not " + events + " (was the lab also changed from outside, by a TCP client?)",
                    new Wording("replayMissed", lab.eventsRun(), events));
        }
    }

    /** How many entries of {@code journal} (in the order applied, so by point) were applied by event {@code events}. */
    static int entriesUpTo(List<JournalEntry> journal, long events) {
        int count = 0;
        while (count < journal.size() && journal.get(count).eventsRun() <= events) {
            count++;
        }
        return count;
    }
}
