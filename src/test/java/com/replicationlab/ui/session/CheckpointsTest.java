package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.script.ChaosMoves;
import com.replicationlab.testing.KeyspaceDigest;
import com.replicationlab.ui.SnapshotText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lab reached through a checkpoint must be the very lab a replay from the start reaches: same
 * trace, offsets, keyspaces, packets in flight and events to come. Each test runs the same history
 * in two sessions, one with checkpoints (made at once, on the calling thread, unless said
 * otherwise) and one whose worker never makes any, and compares them.
 */
@DisplayName("Step back through checkpoints: exactly the lab a replay from the start gives")
class CheckpointsTest {
    /** Three replicas (the chaos moves name them), a backlog small enough for full resyncs. */
    private static final ClusterSpec CLUSTER = new ClusterSpec(3, 20, 7, 4096, "resend");
    private static final long EVERY_EVENTS = 500;

    private final List<LabSession> sessions = new ArrayList<>();
    private final CountingPerformer replayedThroughCheckpoints = new CountingPerformer();
    private final CountingPerformer replayedFromTheStart = new CountingPerformer();

    @AfterEach
    void close() {
        sessions.forEach(LabSession::close);
    }

    @Test
    @DisplayName("five step backs in a row, a rewind, and the runs on from them, with lossy links and crashes in the journal")
    void sameLabAsAFullReplay() {
        Checkpoints checkpoints = madeAtOnce(ScriptPerformer::new);
        LabSession withCheckpoints = session(replayedThroughCheckpoints, checkpoints);
        LabSession fromTheStart = session(replayedFromTheStart, neverMade());
        Lab a = withCheckpoints.start(CLUSTER);
        Lab b = fromTheStart.start(CLUSTER);
        chaos(withCheckpoints, a, 1, 6_000);
        chaos(fromTheStart, b, 1, 6_000);
        assertEquals(state(b), state(a));
        assertFalse(checkpoints.marks().isEmpty(), "checkpoints were made as the lab passed its marks");

        for (int i = 0; i < 5; i++) {
            replayedThroughCheckpoints.performed = 0;
            replayedFromTheStart.performed = 0;
            a = withCheckpoints.stepBack(a);
            b = fromTheStart.stepBack(b);
            assertEquals(state(b), state(a), "after step back " + (i + 1));
            assertTrue(replayedThroughCheckpoints.performed * 10 < replayedFromTheStart.performed,
                    "a step back replays only the actions after its checkpoint: " + replayedThroughCheckpoints.performed
                            + " of " + replayedFromTheStart.performed);
        }

        long between = a.eventsRun() - 2;
        chaos(withCheckpoints, a, 2, 3_000);
        chaos(fromTheStart, b, 2, 3_000);
        assertEquals(state(b), state(a), "what was still to come after the step backs");

        a = withCheckpoints.rewindTo(a, between);
        b = fromTheStart.rewindTo(b, between);
        assertEquals(state(b), state(a), "after a rewind");
        chaos(withCheckpoints, a, 3, 2_000);
        chaos(fromTheStart, b, 3, 2_000);
        assertEquals(state(b), state(a), "what was still to come after the rewind");
    }

    @Test
    @DisplayName("a checkpoint after the point stepped back to goes, and the history made anew gets its own")
    void rewoundPastGoes() {
        Checkpoints checkpoints = madeAtOnce(ScriptPerformer::new);
        LabSession withCheckpoints = session(replayedThroughCheckpoints, checkpoints);
        LabSession fromTheStart = session(replayedFromTheStart, neverMade());
        Lab a = withCheckpoints.start(CLUSTER);
        Lab b = fromTheStart.start(CLUSTER);
        chaos(withCheckpoints, a, 1, 3_700);
        chaos(fromTheStart, b, 1, 3_700);
        long between = a.eventsRun() - 2;
        chaos(withCheckpoints, a, 2, 600);
        chaos(fromTheStart, b, 2, 600);
        assertTrue(a.eventsRun() > 4_000 && checkpoints.marks().contains(4_000L), checkpoints.marks().toString());

        a = withCheckpoints.rewindTo(a, between);
        b = fromTheStart.rewindTo(b, between);
        assertFalse(checkpoints.marks().contains(4_000L), "4,000 lies after the point rewound to");
        // Another history from there on: the checkpoint at 4,000 is made again, from it.
        chaos(withCheckpoints, a, 3, 600);
        chaos(fromTheStart, b, 3, 600);
        assertTrue(checkpoints.marks().contains(4_000L));
        a = withCheckpoints.stepBack(a);
        b = fromTheStart.stepBack(b);
        assertEquals(state(b), state(a));
    }

    @Test
    @DisplayName("a fresh lab keeps no checkpoint of the one before")
    void resetLetsThemGo() {
        Checkpoints checkpoints = madeAtOnce(ScriptPerformer::new);
        LabSession withCheckpoints = session(replayedThroughCheckpoints, checkpoints);
        chaos(withCheckpoints, withCheckpoints.start(CLUSTER), 1, 2_200);
        assertEquals(2, checkpoints.marks().size());
        withCheckpoints.start(CLUSTER);
        assertEquals(List.of(), checkpoints.marks());
    }

    @Test
    @DisplayName("a checkpoint made from a journal that changed while it was being made is not kept")
    void madeForAnOldJournal() throws Exception {
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Checkpoints checkpoints = new Checkpoints(worker, EVERY_EVENTS, 2, () -> {
            ScriptPerformer real = new ScriptPerformer();
            return (lab, action) -> {
                making.countDown();
                awaitUninterruptibly(goOn);
                return real.perform(lab, action);
            };
        });
        try {
            LabSession withCheckpoints = session(replayedThroughCheckpoints, checkpoints);
            LabSession fromTheStart = session(replayedFromTheStart, neverMade());
            Lab a = withCheckpoints.start(CLUSTER);
            Lab b = fromTheStart.start(CLUSTER);
            LabSession.advance(a, 1_000);
            LabSession.advance(b, 1_000);
            long before = a.eventsRun();
            withCheckpoints.apply(a, new LabAction("master> SET history first"));
            fromTheStart.apply(b, new LabAction("master> SET history first"));
            LabSession.advance(a, 100_000);
            LabSession.advance(b, 100_000);
            assertTrue(making.await(30, TimeUnit.SECONDS), "the worker began the checkpoint at 500; the lab is at " + a.eventsRun());

            // Meanwhile the lab goes back to before that action, and on into another history.
            a = withCheckpoints.rewindTo(a, before - 1);
            b = fromTheStart.rewindTo(b, before - 1);
            withCheckpoints.apply(a, new LabAction("master> SET history second"));
            fromTheStart.apply(b, new LabAction("master> SET history second"));
            LabSession.advance(a, 100_000);
            LabSession.advance(b, 100_000);
            goOn.countDown();
            worker.submit(() -> { }).get(30, TimeUnit.SECONDS);

            // Back to where only the checkpoint at 500 can serve: made for the first history, it must not.
            a = withCheckpoints.rewindTo(a, 700);
            b = fromTheStart.rewindTo(b, 700);
            assertEquals(state(b), state(a));
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    @DisplayName("a worker that fails makes no checkpoint, and a step back replays from the start")
    void workerFailure() {
        Checkpoints checkpoints = madeAtOnce(() -> (lab, action) -> {
            throw new IllegalStateException("the worker failed");
        });
        LabSession withCheckpoints = session(replayedThroughCheckpoints, checkpoints);
        LabSession fromTheStart = session(replayedFromTheStart, neverMade());
        Lab a = withCheckpoints.start(CLUSTER);
        Lab b = fromTheStart.start(CLUSTER);
        chaos(withCheckpoints, a, 1, 2_500);
        chaos(fromTheStart, b, 1, 2_500);
        assertEquals(List.of(), checkpoints.marks());
        a = withCheckpoints.stepBack(a);
        b = fromTheStart.stepBack(b);
        assertEquals(state(b), state(a));
    }

    // ----- the two sessions -----

    private LabSession session(ActionPerformer performer, Checkpoints checkpoints) {
        LabSession session = new LabSession(performer, new LabFeed(Runnable::run, update -> { }, 100), checkpoints);
        sessions.add(session);
        return session;
    }

    /** Checkpoints made on the calling thread the moment a mark is passed: what the tests compare is then certain. */
    private static Checkpoints madeAtOnce(Supplier<ActionPerformer> performers) {
        return new Checkpoints(Runnable::run, EVERY_EVENTS, 2, performers);
    }

    /** A worker that never gets to work: every step back replays from the start. */
    private static Checkpoints neverMade() {
        return new Checkpoints(job -> { }, EVERY_EVENTS, 2, ScriptPerformer::new);
    }

    /**
     * The chaos test's random actions (writes, lost, doubled, held and delayed packets, cut links,
     * crashes, steps, waits), with time passing and single events stepped between them, as the
     * window would, until the lab has run {@code events} more events; then ten single steps, so
     * that the last points are not inside an action (a WAIT, an advance), which no replay can
     * stop in the middle of.
     */
    private static void chaos(LabSession session, Lab lab, long seed, long events) {
        SplittableRandom random = new SplittableRandom(seed);
        long until = lab.eventsRun() + events;
        for (int i = 0; lab.eventsRun() < until; i++) {
            session.apply(lab, new LabAction(ChaosMoves.randomAction(random, i)));
            if (i % 5 == 0) {
                lab.step();
            } else {
                LabSession.advance(lab, 10);
            }
        }
        for (int i = 0; i < 10; i++) {
            lab.step();
        }
    }

    /** Everything that makes a lab what it is, written out: position, snapshot (packets and the next event), trace, keyspaces. */
    private static String state(Lab lab) {
        StringBuilder out = new StringBuilder();
        out.append(lab.eventsRun()).append(" events, ").append(lab.elapsedMs()).append(" ms\n");
        out.append(SnapshotText.of(lab.snapshot()));
        lab.trace().records().stream().map(TraceRecord::format).forEach(line -> out.append(line).append('\n'));
        for (String node : lab.nodeNames()) {
            if (lab.node(node).isUp()) {
                out.append(node).append(": ").append(KeyspaceDigest.of(lab.node(node).redis().keyspace())).append('\n');
            }
        }
        return out.toString();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The session's own performer, counting what a step back replays. */
    private static final class CountingPerformer implements ActionPerformer {
        private final ScriptPerformer real = new ScriptPerformer();
        private int performed;

        @Override
        public ActionOutcome perform(Lab lab, LabAction action) {
            performed++;
            return real.perform(lab, action);
        }
    }
}
