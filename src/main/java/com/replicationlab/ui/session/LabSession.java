package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabEvent;
import com.replicationlab.lab.VirtualClock;

import java.util.ArrayList;
import java.util.List;

/**
 * The window's lab, seen from the lab thread: the cluster it started from and the journal of the
 * actions applied to it, each with the point (events run, virtual time) where it was applied.
 * Because the lab is deterministic, that is enough to rebuild any earlier state exactly: a fresh
 * lab of the same spec, the same actions at the same points, stopped at the wanted event.
 * Only the lab thread calls it.
 */
public final class LabSession {
    private final ActionPerformer performer;
    private final LabFeed feed;
    private final List<JournalEntry> journal = new ArrayList<>();
    private ClusterSpec spec;

    public LabSession(ActionPerformer performer, LabFeed feed) {
        this.performer = performer;
        this.feed = feed;
    }

    /** A fresh lab of {@code spec}, with an empty journal. */
    public Lab start(ClusterSpec fresh) {
        spec = fresh;
        journal.clear();
        Lab lab = Lab.create(spec);
        feed.follow(lab, journal);
        return lab;
    }

    public ClusterSpec spec() {
        return spec;
    }

    /** Applies an action now and records where; a refused action changes nothing and is not recorded. */
    public ActionOutcome apply(Lab lab, LabAction action) {
        long events = lab.eventsRun();
        long timeMs = lab.elapsedMs();
        boolean settled = settled(lab);
        ActionOutcome outcome = performer.perform(lab, action);
        if (outcome.accepted()) {
            journal.add(new JournalEntry(action, events, timeMs, settled, lab.eventsRun(), lab.elapsedMs()));
            feed.journalChanged(journal);
        }
        return outcome;
    }

    /**
     * The state just before the last event ran: a rebuilt lab stopped one event earlier. Actions
     * applied after that point are forgotten. The first state has nothing before it.
     */
    public Lab stepBack(Lab current) {
        if (current.eventsRun() == 0) {
            return current;
        }
        return rebuild(current.eventsRun() - 1);
    }

    /**
     * The state after {@code events} events (with the actions applied at that point), rebuilt; a
     * point not before the current one leaves the lab as it is.
     */
    public Lab rewindTo(Lab current, long events) {
        if (events < 0 || events >= current.eventsRun()) {
            return current;
        }
        return rebuild(events);
    }

    /**
     * A fresh lab brought to the state it had after {@code events} events. Only what the journal
     * holds is replayed: if something else changed the lab (a real TCP client's commands), the
     * replay cannot reach that state, and this says so (IllegalStateException) before forgetting
     * anything.
     */
    Lab rebuild(long events) {
        // The journal is in the order the actions were applied, so what is kept is a prefix of it.
        int kept = 0;
        while (kept < journal.size() && journal.get(kept).eventsRun() <= events) {
            kept++;
        }
        Lab lab = replay(journal.subList(0, kept), events, performer, true);
        journal.subList(kept, journal.size()).clear();
        feed.follow(lab, journal);
        return lab;
    }

    /**
     * A copy of {@code current}, rebuilt aside from the journal: the lab, the journal and the feed
     * are left alone. Goals that compare a command's reply run it on such a copy. Should the journal
     * not reach the current state (a TCP client changed the lab), the copy is as near as it gets.
     */
    public Lab copy(Lab current) {
        List<JournalEntry> kept = journal.stream().filter(entry -> entry.eventsRun() <= current.eventsRun()).toList();
        Lab copy = replay(kept, current.eventsRun(), new ScriptPerformer(), false);
        if (current.elapsedMs() > copy.elapsedMs()) {
            copy.advance(current.elapsedMs() - copy.elapsedMs());
        }
        return copy;
    }

    /** A fresh lab with {@code entries} performed at their points; {@code strict}: throws if a point is not reached. */
    private Lab replay(List<JournalEntry> entries, long events, ActionPerformer by, boolean strict) {
        Lab lab = Lab.create(spec);
        for (JournalEntry entry : entries) {
            runTo(lab, entry.eventsRun(), entry.timeMs(), strict);
            by.perform(lab, entry.action());
        }
        runTo(lab, events, lab.elapsedMs(), strict);
        return lab;
    }

    /** Runs exactly up to {@code events} events, then lets the clock reach {@code timeMs} without running more. */
    private static void runTo(Lab lab, long events, long timeMs, boolean strict) {
        lab.limitEvents(events);
        while (lab.step()) {
            // each step runs one event, up to the limit
        }
        lab.limitEvents(Long.MAX_VALUE);
        if (timeMs > lab.elapsedMs()) {
            lab.advance(timeMs - lab.elapsedMs());
        }
        if (strict && lab.eventsRun() != events) {
            throw new IllegalStateException("step back cannot rebuild this state: replaying the action log reaches event "
                    + lab.eventsRun() + ", not " + events + " (was the lab also changed from outside, by a TCP client?)");
        }
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

    /** The session as a scenario: the cluster, then each action at its point, then up to where the lab is now. */
    public String scenario(Lab lab) {
        return new ScenarioWriter(spec).write(journal, JournalEntry.point(lab.eventsRun(), lab.elapsedMs(), settled(lab)));
    }
}
