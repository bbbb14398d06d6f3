package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Labs replayed ahead of time, so that a step back deep in history replays a thousand events or
 * so, not all of them. A lab's state (Netty channels, nodes, timers in the event queue) cannot be
 * copied, but a checkpoint does not need a copy: it is a real lab, replayed from the journal on a
 * background worker to a mark (every {@code everyEvents} events) and kept aside (see
 * {@link Checkpoint}). A step back takes the newest one at or before its target and replays only
 * from there.
 *
 * <p>The worker keeps the {@code keep} newest marks before the live lab's position filled, newest
 * first. While the live lab runs, the newest one follows it: it is made from the newest checkpoint
 * before it, replaying on from there, so that keeping up costs the worker what the live lab's own
 * events cost, and the first step back after a run flat out finds a checkpoint near. The others,
 * so that several step backs in a row each find one, are made only while the live lab passes no
 * mark (paused, stepped back, or played slowly): from a checkpoint no longer wanted (left behind as
 * the lab moved on), or else from a fresh lab; never from a wanted one, which the next step back
 * may need. A checkpoint is kept only while the journal begins with the very actions it
 * performed, so it is always the lab a replay from the start would give; and none is made after a
 * real TCP client first changed the lab, which no replay of the journal reaches. A step back that
 * finds the worker making the checkpoint nearest its target waits for it rather than replay from
 * an older one: the worker's lab is already on its way there. At most {@code keep} labs are kept
 * or being made at a time: each is a whole lab, with its keyspaces and backlogs.
 *
 * <p>While the window animates the lab ({@link #animated}), the worker rests as long as it worked
 * after each checkpoint, so that the window's frames keep a core. Otherwise (a lab run as fast as
 * it goes: a scenario opened, virtual time run at once) it follows at full speed, and a step back
 * right after finds a checkpoint near.
 *
 * <p>The lab thread calls {@link #follow}, {@link #applying}, {@link #take} and {@link #close}; the
 * worker makes one checkpoint at a time. What both touch is guarded by this.
 */
final class Checkpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final Executor worker;
    private final long everyEvents;
    private final int keep;
    private final Supplier<ActionPerformer> performers;
    /** The wall clock that measures how long the worker worked (a test's own, to make a job last as long as it likes). */
    private final LongSupplier nanoTime;

    // Guarded by this.
    private final List<Checkpoint> ready = new ArrayList<>();
    private Live live;
    private boolean making;
    /** The job the worker is on while {@code making}. */
    private Job inProgress;
    private boolean workQueued;
    private boolean closed;
    /** Whether the window animates the lab (plays it at a speed): only then does the worker rest. */
    private boolean animated;
    /** Marks the live lab has run past, and how many it had when the worker last began a checkpoint. */
    private long marksRunPast;
    private long marksRunPastAtLastJob;
    /** Labs that became current (fresh or rebuilt); a new one ends the worker's rest. */
    private long labsFollowed;

    // The lab thread's own: the current lab, its cluster and journal (the session's), what was reported.
    private Lab current;
    private ClusterSpec currentSpec;
    private List<JournalEntry> currentJournal;
    private long reportedMark;
    private boolean applying;

    /**
     * @param worker      where checkpoints are made, one at a time
     * @param performers  a performer for each checkpoint made (the worker's own, not the window's)
     */
    Checkpoints(Executor worker, long everyEvents, int keep, Supplier<ActionPerformer> performers) {
        this(worker, everyEvents, keep, performers, System::nanoTime);
    }

    Checkpoints(Executor worker, long everyEvents, int keep, Supplier<ActionPerformer> performers, LongSupplier nanoTime) {
        this.worker = worker;
        this.everyEvents = everyEvents;
        this.keep = keep;
        this.performers = performers;
        this.nanoTime = nanoTime;
    }

    /**
     * Whether the window now animates the lab, playing it at a speed: the worker then leaves the
     * frames a core (it rests as long as it works). When it stops, a rest ends at once.
     */
    synchronized void animated(boolean now) {
        animated = now;
        notifyAll();
    }

    /**
     * The lab that has become current (a fresh one, or one rebuilt by a step back): checkpoints
     * that do not fit its journal or lie after its position go, and from now on each mark it passes
     * is a mark to make. Called on the lab thread with the session's own journal.
     */
    void follow(Lab lab, ClusterSpec spec, List<JournalEntry> journal) {
        current = lab;
        currentSpec = spec;
        currentJournal = journal;
        report(false);
        lab.afterEachEvent(() -> {
            if (lab == current) {
                reportIfPastAMark();
            }
        });
    }

    /**
     * An action is being applied to the current lab (true), or is done (false). Until it is done its
     * entry is not in the journal, though it was applied before the events it runs: a mark passed
     * meanwhile is reported once the entry is there.
     */
    void applying(boolean now) {
        applying = now;
        reportIfPastAMark();
    }

    private void reportIfPastAMark() {
        if (!applying && newestMark(current.eventsRun(), everyEvents) > reportedMark) {
            report(true);
        }
    }

    /** Where the current lab is now (it got there by running past a mark, or not); the worker works from this copy of its journal. */
    private void report(boolean ranPastAMark) {
        reportedMark = newestMark(current.eventsRun(), everyEvents);
        Live now = new Live(currentSpec, List.copyOf(currentJournal), current.eventsRun(),
                current.changedFromOutsideAt().orElse(Long.MAX_VALUE));
        synchronized (this) {
            live = now;
            if (ranPastAMark) {
                marksRunPast++;
            } else {
                labsFollowed++;
                notifyAll();
            }
            ready.removeIf(checkpoint -> !now.fits(checkpoint));
        }
        if (reportedMark > 0) {
            wakeWorker();
        }
    }

    /**
     * Hands over the newest checkpoint at or before {@code events}, to replay on from; it is no
     * longer kept. Every checkpoint kept fits the current journal ({@link #follow} and the worker
     * see to it): the journal's actions before its point are the ones it performed. If the worker
     * is making a checkpoint at or before {@code events} from a lab ahead of that one (as when it
     * follows a lab that ran flat out), waits for it: replaying on from where the worker has got to
     * is never longer than replaying the whole way from the older one. One the worker makes from
     * a fresh lab is not waited for: replaying on this thread meanwhile, beside the worker, costs
     * the step back no more where a second core is free, and the next step back finds the worker's.
     */
    synchronized Optional<Checkpoint> take(long events) {
        while (making && worthWaitingFor(inProgress, events)) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Optional<Checkpoint> newest = newestAtOrBefore(events);
        newest.ifPresent(ready::remove);
        return newest;
    }

    /**
     * Whether the checkpoint being made is the one to take: at or before {@code events}, for the
     * current journal, and made from a lab ahead of the newest kept one (or of a fresh lab). Caller
     * holds the lock.
     */
    private boolean worthWaitingFor(Job job, long events) {
        long newestKept = newestAtOrBefore(events).map(Checkpoint::eventsRun).orElse(0L);
        return job.mark() <= events && job.startsAt() > newestKept && job.spec().equals(live.spec())
                && job.entries().equals(live.entriesBefore(job.mark()));
    }

    private Optional<Checkpoint> newestAtOrBefore(long events) {
        return ready.stream().filter(checkpoint -> checkpoint.eventsRun() <= events)
                .max(Comparator.comparingLong(Checkpoint::eventsRun));
    }

    /** The marks of the checkpoints kept now, oldest first. */
    synchronized List<Long> marks() {
        return ready.stream().map(Checkpoint::mark).sorted().toList();
    }

    /** The newest mark a step back from {@code eventsRun} can use (a mark before the position); 0 for none. */
    private static long newestMark(long eventsRun, long everyEvents) {
        return Math.max(0, (eventsRun - 1) / everyEvents * everyEvents);
    }

    private void wakeWorker() {
        synchronized (this) {
            if (workQueued || making || closed) {
                return;
            }
            workQueued = true;
        }
        worker.execute(this::makeNext);
    }

    /** On the worker: makes the newest mark missing, then goes on to the next one. */
    private void makeNext() {
        Job job;
        synchronized (this) {
            workQueued = false;
            job = nextJob();
        }
        if (job == null) {
            return;
        }
        long startNanos = nanoTime.getAsLong();
        Checkpoint made = null;
        try {
            made = job.make(performers.get());
        } catch (RuntimeException e) {
            LOG.warn("no checkpoint at event {}", job.mark(), e);
        } finally {
            made = finished(made);
        }
        // After a failure, or a checkpoint the lab has left behind meanwhile, the worker waits for the
        // lab to move on: a step back meanwhile replays from the start, as it always could.
        if (made != null) {
            rest(job, nanoTime.getAsLong() - startNanos);
            wakeWorker();
        }
    }

    /**
     * While the window animates the live lab and it runs on, the worker rests as long as it worked
     * after each checkpoint: it then takes at most half a core from the lab thread and the window,
     * even where thread priorities count for nothing (Linux). A lab at rest (paused) or not
     * animated (run as fast as it goes, nobody watching it move) gets its checkpoints at full
     * speed, and a step back, a reset or a pause ends a rest at once.
     */
    private synchronized void rest(Job job, long nanos) {
        if (!animated || live.eventsRun() <= job.liveEventsRun()) {
            return;
        }
        long until = System.nanoTime() + nanos;
        try {
            for (long left = nanos; left > 0 && animated && labsFollowed == job.labsFollowed() && !closed;
                    left = until - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What to make next: the newest wanted mark not kept, while the live lab runs from the newest
     * checkpoint before it; or, while the lab is at rest, any wanted mark not kept, newest first,
     * from the newest unwanted checkpoint before it, else from a fresh lab. Null if nothing is to be
     * made now. Caller holds the lock.
     */
    private Job nextJob() {
        if (making || closed || live == null) {
            return null;
        }
        // At rest: the lab has run past no mark since the last checkpoint began (paused, played slowly, stepped back).
        boolean atRest = marksRunPast == marksRunPastAtLastJob;
        List<Long> wanted = live.wantedMarks(everyEvents, keep);
        Optional<Long> missing = wanted.stream()
                .filter(mark -> ready.stream().noneMatch(checkpoint -> checkpoint.mark() == mark)).findFirst();
        if (missing.isEmpty()) {
            return null;
        }
        long mark = missing.get();
        boolean newest = mark == wanted.get(0);
        if (!newest && !atRest) {
            // Following the lab comes first; a mark it runs past wakes the worker again.
            return null;
        }
        // Following a running lab, the newest is made from the one before it, wanted or not; otherwise
        // a wanted one is never the base: the next step back may need it.
        boolean following = newest && !atRest;
        Optional<Checkpoint> base = ready.stream()
                .filter(checkpoint -> checkpoint.mark() < mark && (following || !wanted.contains(checkpoint.mark())))
                .max(Comparator.comparingLong(Checkpoint::mark));
        base.ifPresent(ready::remove);
        making = true;
        marksRunPastAtLastJob = marksRunPast;
        inProgress = new Job(live.spec(), live.entriesBefore(mark), mark, base, live.eventsRun(), labsFollowed);
        return inProgress;
    }

    /**
     * The worker is done with a job: keeps what it made if it still fits (the journal may have
     * changed meanwhile). Returns the checkpoint kept, or null.
     */
    private synchronized Checkpoint finished(Checkpoint made) {
        making = false;
        inProgress = null;
        notifyAll();
        if (made == null || closed || !live.fits(made)) {
            return null;
        }
        ready.add(made);
        return made;
    }

    /** Lets every checkpoint go and makes no more (the worker's thread ends by itself once idle). */
    @Override
    public synchronized void close() {
        closed = true;
        ready.clear();
        notifyAll();
    }

    /**
     * One checkpoint to make: the lab at {@code mark}, with {@code entries} (those before it)
     * performed, from {@code base} or a fresh lab; the live lab was at {@code liveEventsRun}, the
     * {@code labsFollowed}th lab followed.
     */
    private record Job(ClusterSpec spec, List<JournalEntry> entries, long mark, Optional<Checkpoint> base,
                       long liveEventsRun, long labsFollowed) {

        Checkpoint make(ActionPerformer by) {
            return base.orElseGet(() -> Checkpoint.fresh(spec)).replayOnTo(mark, entries, by);
        }

        /** Where the lab it replays on from is: its base, or event 0. */
        long startsAt() {
            return base.map(Checkpoint::eventsRun).orElse(0L);
        }
    }

    /**
     * Where the live lab is, as the worker sees it: its cluster, a copy of its journal, its position,
     * and the last position a replay of the journal reaches: where a real TCP client first changed
     * the lab, else none ({@code Long.MAX_VALUE}).
     */
    private record Live(ClusterSpec spec, List<JournalEntry> journal, long eventsRun, long replayReaches) {

        /**
         * The {@code keep} newest marks before the position, newest first; none after what a replay
         * reaches, so that a lab a TCP client drives costs the worker nothing.
         */
        List<Long> wantedMarks(long everyEvents, int keep) {
            List<Long> marks = new ArrayList<>();
            long before = replayReaches < eventsRun ? replayReaches + 1 : eventsRun;
            for (long mark = newestMark(before, everyEvents); mark > 0 && marks.size() < keep; mark -= everyEvents) {
                marks.add(mark);
            }
            return marks;
        }

        /** The journal's entries applied before event {@code mark}. */
        List<JournalEntry> entriesBefore(long mark) {
            return journal.subList(0, Checkpoint.entriesUpTo(journal, mark - 1));
        }

        /** Whether the checkpoint is this lab's past: same cluster, not after the position nor what a replay reaches, the same actions before it. */
        boolean fits(Checkpoint checkpoint) {
            return checkpoint.spec().equals(spec) && checkpoint.eventsRun() <= Math.min(eventsRun, replayReaches)
                    && entriesBefore(checkpoint.eventsRun()).equals(checkpoint.performed());
        }
    }
}
