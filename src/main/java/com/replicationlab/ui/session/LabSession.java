package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabEvent;
import com.replicationlab.lab.VirtualClock;
import com.replicationlab.lab.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The window's lab, seen from the lab thread: the cluster it started from and the journal of the
 * actions applied to it, each with the point (events run, virtual time) where it was applied.
 * Because the lab is deterministic, that is enough to rebuild any earlier state exactly: a fresh
 * lab of the same spec, the same actions at the same points, stopped at the wanted event. So that
 * stepping back deep in history does not replay all of it, labs replayed ahead of time are kept
 * aside ({@link Checkpoints}): a rebuild replays from the newest one before the wanted event.
 * Only the lab thread calls it.
 */
public final class LabSession implements AutoCloseable {
    /** A checkpoint every this many events: a step back replays about this many, not the whole history. */
    private static final long CHECKPOINT_EVERY_EVENTS = 1_000;
    /**
     * Checkpoints kept: five step backs in a row each find one near (a step back uses one up, and
     * the worker makes it again only by a replay from the start, a third of a second after 100,000
     * events). Each is a whole lab: about 7 MB with 2 replicas and 13 MB with 8 (1 MB backlogs,
     * 20,000 events), plus its keyspaces.
     */
    static final int CHECKPOINTS_KEPT = 5;
    /**
     * Trace records each of the session's labs keeps: as many as the window shows, no more. A lab's
     * trace is only its memory of what happened (the lab never reads it back), and a lab made to
     * step back to, or kept as a checkpoint, would otherwise hold 200,000 records nobody reads.
     */
    public static final int TRACE_KEPT = 5_000;
    /**
     * Events pending at once in each of the session's labs: a packet in flight with its bytes is
     * about half a kilobyte, so the lab's default million would not fit the window's heap (320 MB,
     * see scripts/launch). A runaway fails with a message (in the window's log) at 200,000, a
     * hundred megabytes; a busy lab of 8 replicas has hundreds (packets within a latency, timers).
     */
    static final int PENDING_EVENTS_KEPT = 200_000;

    private final ActionPerformer performer;
    private final LabFeed feed;
    private final Checkpoints checkpoints;
    private final List<JournalEntry> journal = new ArrayList<>();
    private ClusterSpec spec;
    private LabAction steppedOver;

    /** A session whose checkpoints are made on a background thread. */
    public LabSession(ActionPerformer performer, LabFeed feed) {
        this(performer, feed, new Checkpoints(new BackgroundWorker("lab-checkpoints"), CHECKPOINT_EVERY_EVENTS,
                CHECKPOINTS_KEPT, ScriptPerformer::new));
    }

    LabSession(ActionPerformer performer, LabFeed feed, Checkpoints checkpoints) {
        this.performer = performer;
        this.feed = feed;
        this.checkpoints = checkpoints;
    }

    /** A fresh lab of {@code spec}, with an empty journal. */
    public Lab start(ClusterSpec fresh) {
        spec = fresh;
        journal.clear();
        return follow(newLab(spec));
    }

    /** A fresh lab as the session keeps it (live, rebuilt or a checkpoint): a short trace, a bounded event queue. */
    static Lab newLab(ClusterSpec spec) {
        Lab lab = Lab.create(spec, TRACE_KEPT);
        lab.limitPendingEvents(PENDING_EVENTS_KEPT);
        return lab;
    }

    /** The lab becomes the current one: the window sees it, and checkpoints are made of its past. */
    private Lab follow(Lab lab) {
        feed.follow(lab, journal);
        checkpoints.follow(lab, spec, journal);
        return lab;
    }

    public ClusterSpec spec() {
        return spec;
    }

    /**
     * Whether the window plays the lab at a speed, animating it: checkpoints are then made at no
     * more than half a core, to leave the window's frames the other; else as fast as they can be.
     */
    public void playing(boolean animated) {
        checkpoints.animated(animated);
    }

    /** Applies an action now and records where; a refused action changes nothing and is not recorded. */
    public ActionOutcome apply(Lab lab, LabAction action) {
        long events = lab.eventsRun();
        long timeMs = lab.elapsedMs();
        boolean settled = settled(lab);
        checkpoints.applying(true);
        try {
            ActionOutcome outcome = performer.perform(lab, action);
            if (outcome.accepted()) {
                journal.add(new JournalEntry(action, events, timeMs, settled, lab.eventsRun(), lab.elapsedMs()));
                feed.journalChanged(journal);
            }
            return outcome;
        } finally {
            checkpoints.applying(false);
        }
    }

    /**
     * The state just before the last event ran: a rebuilt lab stopped one event earlier. Actions
     * applied after that point are forgotten. The first state has nothing before it.
     */
    public Lab stepBack(Lab current) {
        steppedOver = null;
        if (current.eventsRun() == 0) {
            return current;
        }
        return rebuild(current, current.eventsRun() - 1);
    }

    /**
     * The state after {@code events} events (with the actions applied at that point), rebuilt; a
     * point not before the current one leaves the lab as it is.
     */
    public Lab rewindTo(Lab current, long events) {
        steppedOver = null;
        if (events < 0 || events >= current.eventsRun()) {
            return current;
        }
        return rebuild(current, events);
    }

    /**
     * A lab brought to the state it had after {@code events} events: the newest checkpoint before
     * that point (else a fresh lab), replayed on. A point within an action that ran events itself
     * gives the state just before that action ({@link #steppedOver()}). Only what the journal holds is replayed: if
     * something else changed the lab (a real TCP client's commands), the replay cannot reach a
     * state after that, and this says so ({@link CannotRebuild}) before forgetting anything.
     */
    private Lab rebuild(Lab current, long events) {
        OptionalLong outside = current.changedFromOutsideAt();
        if (outside.isPresent() && events > outside.getAsLong()) {
            long last = outside.getAsLong();
            throw new CannotRebuild("step back cannot rebuild event " + events + ": a TCP client changed the lab after event "
                    + last + ", and only the window's own actions can be replayed (events up to " + last + " can be)",
                    new Wording("changedFromOutside", last));
        }
        // The journal is in the order the actions were applied, so what is kept is a prefix of it.
        int kept = Checkpoint.entriesUpTo(journal, events);
        long target = events;
        if (kept > 0 && journal.get(kept - 1).eventsAfter() > events) {
            // That action ran events itself (a WAIT waiting for replicas, an advance): no state lies
            // within it, so the nearest one before the wanted point is the one just before it.
            JournalEntry within = journal.get(--kept);
            steppedOver = within.action();
            target = within.eventsRun();
        }
        Checkpoint from = checkpoints.take(target).orElseGet(() -> Checkpoint.fresh(spec));
        Lab lab = from.replayTo(journal.subList(0, kept), target, performer, true);
        journal.subList(kept, journal.size()).clear();
        return follow(lab);
    }

    /** The action the last step back or rewind went back over whole, because it ran events itself; else empty (also when it changed nothing). */
    public Optional<LabAction> steppedOver() {
        return Optional.ofNullable(steppedOver);
    }

    /**
     * A copy of {@code current}, rebuilt aside from the journal: the lab, the journal, the feed and
     * the checkpoints are left alone. Goals that compare a command's reply run it on such a copy.
     * Should the journal not reach the current state (a TCP client changed the lab), the copy is as
     * near as it gets.
     */
    public Lab copy(Lab current) {
        List<JournalEntry> kept = journal.subList(0, Checkpoint.entriesUpTo(journal, current.eventsRun()));
        Lab copy = Checkpoint.fresh(spec).replayTo(kept, current.eventsRun(), new ScriptPerformer(), false);
        if (current.elapsedMs() > copy.elapsedMs()) {
            copy.advance(current.elapsedMs() - copy.elapsedMs());
        }
        return copy;
    }

    /** Lets virtual time run on by {@code ms} (time passing, not an action: like playing, it is not journaled). */
    public static void advance(Lab lab, long ms) {
        lab.advance(ms);
    }

    /** Whether every event due by now has run: the clock got here by time passing, not by a step. */
    private static boolean settled(Lab lab) {
        LabEvent next = lab.nextEvent();
        return next == null || next.atMs() - VirtualClock.START_MS > lab.elapsedMs();
    }

    /** Lets the checkpoints go (they are whole labs) and makes no more. */
    @Override
    public void close() {
        checkpoints.close();
    }

    /** The session as a scenario: the cluster, then each action at its point, then up to where the lab is now. */
    public String scenario(Lab lab) {
        return new ScenarioWriter(spec).write(journal, JournalEntry.point(lab.eventsRun(), lab.elapsedMs(), settled(lab)));
    }
}
