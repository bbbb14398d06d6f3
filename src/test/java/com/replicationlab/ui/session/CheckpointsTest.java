package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.OutsideClient;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.Wording;
import com.replicationlab.script.ChaosMoves;
import com.replicationlab.testing.KeyspaceDigest;
import com.replicationlab.ui.SnapshotText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @AfterEach
    void close() {
        sessions.forEach(LabSession::close);
    }

    @Test
    @DisplayName("five step backs in a row, a rewind, and the runs on from them, with lossy links and crashes in the journal")
    void sameLabAsAFullReplay() {
        Checkpoints checkpoints = madeAtOnce(ScriptPerformer::new);
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 6_000);
        twins.assertSameLab("before stepping back");
        assertFalse(checkpoints.marks().isEmpty(), "checkpoints were made as the lab passed its marks");

        for (int i = 1; i <= 5; i++) {
            twins.stepBack();
            twins.assertSameLab("after step back " + i);
            assertTrue(twins.withCheckpoints.performed * 10 < twins.fromTheStart.performed,
                    "a step back replays only the actions after its checkpoint: " + twins.withCheckpoints.performed
                            + " of " + twins.fromTheStart.performed);
        }

        long between = twins.a.eventsRun() - 2;
        twins.chaos(2, 3_000);
        twins.assertSameLab("what was still to come after the step backs");
        twins.rewindTo(between);
        twins.assertSameLab("after a rewind");
        twins.chaos(3, 2_000);
        twins.assertSameLab("what was still to come after the rewind");
    }

    @Test
    @DisplayName("a checkpoint after the point stepped back to goes, and the history made anew gets its own")
    void rewoundPastGoes() {
        Checkpoints checkpoints = madeAtOnce(ScriptPerformer::new);
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 3_700);
        long between = twins.a.eventsRun() - 2;
        twins.chaos(2, 600);
        assertTrue(twins.a.eventsRun() > 4_000 && checkpoints.marks().contains(4_000L), checkpoints.marks().toString());

        twins.rewindTo(between);
        assertFalse(checkpoints.marks().contains(4_000L), "4,000 lies after the point rewound to");
        // Another history from there on: the checkpoint at 4,000 is made again, from it.
        twins.chaos(3, 600);
        assertTrue(checkpoints.marks().contains(4_000L));
        twins.stepBack();
        twins.assertSameLab("after a step back");
    }

    @Test
    @DisplayName("the session's labs, checkpoints and labs stepped back to keep only the trace the window shows")
    void labsKeepOnlyTheTraceTheWindowShows() {
        Checkpoints checkpoints = madeAtOnce(ScriptPerformer::new);
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 6_000);
        assertTrue(twins.a.trace().size() > LabSession.TRACE_KEPT, "the run made more records than are kept");
        assertEquals(LabSession.TRACE_KEPT, twins.a.trace().records().size());

        twins.stepBack();
        assertEquals(LabSession.TRACE_KEPT, twins.a.trace().records().size(), "stepped back to through a checkpoint");
        assertEquals(LabSession.TRACE_KEPT, twins.b.trace().records().size(), "stepped back to by a replay from the start");
    }

    @Test
    @DisplayName("a fresh lab keeps no checkpoint of the one before")
    void resetLetsThemGo() {
        Checkpoints checkpoints = madeAtOnce(ScriptPerformer::new);
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 2_200);
        assertEquals(2, checkpoints.marks().size());
        twins.sessionWithCheckpoints.start(CLUSTER);
        assertEquals(List.of(), checkpoints.marks());
    }

    @Test
    @DisplayName("a checkpoint made from a journal that changed while it was being made is not kept")
    void madeForAnOldJournal() throws Exception {
        try (HeldWorker worker = new HeldWorker(true)) {
            Twins twins = new Twins(worker.checkpoints);
            twins.advance(1_000);
            long before = twins.a.eventsRun();
            twins.apply("master> SET history first");
            twins.advance(100_000);
            assertTrue(worker.held(), "the worker began the checkpoint at 500");

            // Meanwhile the lab goes back to before that action, and on into another history.
            twins.rewindTo(before - 1);
            twins.apply("master> SET history second");
            twins.advance(100_000);
            worker.letGo();
            worker.idle();

            // Back to where only the checkpoint at 500 can serve: made for the first history, it must not.
            twins.rewindTo(700);
            twins.assertSameLab("after a rewind to 700");
        }
    }

    @Test
    @DisplayName("after a TCP client changed the lab no checkpoint is made (no replay reaches there); step back past that point is refused, to it works")
    void noneAfterATcpClient() {
        CountingPerformer worker = new CountingPerformer();
        Checkpoints checkpoints = madeAtOnce(() -> worker);
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 1_200);
        assertEquals(List.of(500L, 1_000L), checkpoints.marks());
        long changedAt = twins.a.eventsRun();
        new OutsideClient(twins.a, "master").send("SET", "from", "outside");

        worker.performed = 0;
        twins.chaos(2, 3_000);
        assertEquals(List.of(500L, 1_000L), checkpoints.marks(), "no marks after the client's write");
        assertEquals(0, worker.performed, "the worker replayed nothing");

        Lab current = twins.a;
        CannotRebuild refused = assertThrows(CannotRebuild.class, () -> twins.sessionWithCheckpoints.stepBack(current));
        assertEquals(new Wording("changedFromOutside", changedAt), refused.wording());
        twins.rewindTo(changedAt);
        twins.assertSameLab("rewound to just before the client's write");
    }

    @Test
    @DisplayName("a worker behind the lab follows its newest mark, each made from the one before, and fills the older marks once the lab rests")
    void followsTheNewestMarkThenFillsAtRest() {
        Deque<Runnable> jobs = new ArrayDeque<>();
        CountingPerformer worker = new CountingPerformer();
        Checkpoints checkpoints = new Checkpoints(jobs::add, EVERY_EVENTS, 2, () -> worker);
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 3_200);
        jobs.remove().run();
        assertEquals(List.of(3_000L), checkpoints.marks(), "the newest mark first, from a fresh lab");
        int fromTheStart = worker.performed;

        // The lab runs past another mark before the worker gets to work again: it follows the lab.
        twins.chaos(2, 400);
        worker.performed = 0;
        jobs.remove().run();
        assertEquals(List.of(3_500L), checkpoints.marks(), "the newest mark, the older one left for later");
        assertTrue(worker.performed * 4 < fromTheStart,
                "made from the checkpoint at 3,000, replaying only what came after it: " + worker.performed + " actions, "
                        + fromTheStart + " from the start");

        // The lab rests: the older mark is filled too, and both serve step backs.
        jobs.remove().run();
        assertEquals(List.of(3_000L, 3_500L), checkpoints.marks());
        for (int i = 1; i <= 2; i++) {
            twins.stepBack();
            twins.assertSameLab("after step back " + i);
            assertTrue(twins.withCheckpoints.performed * 4 < twins.fromTheStart.performed,
                    "step back " + i + " replayed from a checkpoint");
        }
    }

    @Test
    @DisplayName("while the worker makes again the checkpoint a step back used, the next step back still finds the one before")
    void refillLeavesTheNextOneAlone() throws Exception {
        try (HeldWorker worker = new HeldWorker(false)) {
            Twins twins = restingWithBothMarks(worker);

            worker.holdFromNowOn();
            twins.stepBack();
            assertTrue(worker.held(), "the worker makes 3,000 again");
            assertEquals(List.of(2_500L), worker.checkpoints.marks(), "not from 2,500: a step back may need it meanwhile");
            twins.stepBack();
            twins.assertSameLab("after the second step back");
            assertTrue(twins.withCheckpoints.performed * 4 < twins.fromTheStart.performed,
                    "the second step back replayed from 2,500");
        }
    }

    @Test
    @DisplayName("a step back right after a run waits for the checkpoint the worker is making near it, rather than replay from an older one")
    void waitsForTheCheckpointInTheMaking() throws Exception {
        try (HeldWorker worker = new HeldWorker(false)) {
            Twins twins = restingWithBothMarks(worker);

            // The lab runs on past 3,500 and 4,000: the worker follows it from 3,000, and is held there.
            worker.holdFromNowOn();
            twins.chaos(2, 1_000);
            assertTrue(worker.held(), "the worker follows the lab from 3,000");
            assertEquals(List.of(2_500L), worker.checkpoints.marks());

            Thread stepping = new Thread(twins::stepBack, "step back");
            stepping.start();
            for (int i = 0; i < 3_000 && stepping.isAlive() && stepping.getState() != Thread.State.WAITING; i++) {
                Thread.sleep(10);
            }
            worker.letGo();
            stepping.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(stepping.isAlive(), "the step back is done once the worker is");
            twins.assertSameLab("after the step back");
            assertTrue(twins.withCheckpoints.performed * 4 < twins.fromTheStart.performed,
                    "replayed from the checkpoint the worker made, not from 2,500: " + twins.withCheckpoints.performed
                            + " actions, " + twins.fromTheStart.performed + " from the start");
        }
    }

    @Test
    @DisplayName("a step back does not wait for a checkpoint the worker makes from a fresh lab: it replays beside it")
    void doesNotWaitForAReplayFromTheStart() throws Exception {
        try (HeldWorker worker = new HeldWorker(true)) {
            Twins twins = new Twins(worker.checkpoints);
            twins.chaos(1, 1_200);
            assertTrue(worker.held(), "the worker makes a checkpoint from a fresh lab, and is held there");

            Thread stepping = new Thread(twins::stepBack, "step back");
            stepping.start();
            stepping.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(stepping.isAlive(), "the step back did not wait for the worker");
            twins.assertSameLab("after the step back");
        }
    }

    @Test
    @DisplayName("the session keeps checkpoints enough for five step backs in a row, made before the worker can make any again")
    void fiveStepBacksInARowEachFindOne() {
        Deque<Runnable> jobs = new ArrayDeque<>();
        Checkpoints checkpoints = new Checkpoints(jobs::add, EVERY_EVENTS, LabSession.CHECKPOINTS_KEPT, ScriptPerformer::new);
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 6_000);
        while (!jobs.isEmpty()) {
            jobs.remove().run();
        }
        assertEquals(List.of(3_500L, 4_000L, 4_500L, 5_000L, 5_500L, 6_000L).subList(6 - LabSession.CHECKPOINTS_KEPT, 6),
                checkpoints.marks(), "the lab at rest has all its marks");

        // The step backs come one after another: the worker gets no time to make any again.
        for (int i = 1; i <= 5; i++) {
            twins.stepBack();
            twins.assertSameLab("after step back " + i);
            assertTrue(twins.withCheckpoints.performed * 2 < twins.fromTheStart.performed,
                    "step back " + i + " replayed from a checkpoint: " + twins.withCheckpoints.performed + " actions, "
                            + twins.fromTheStart.performed + " from the start");
        }
    }

    @Test
    @DisplayName("a lab run on while nobody watches it move is followed at full speed: the worker does not rest")
    void followsAtFullSpeedWhenNotAnimated() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (HeldWorker worker = new HeldWorker(false, clock::get)) {
            Twins twins = restingWithBothMarks(worker);
            workedAnHourWhileTheLabRanOn(twins, worker, clock);

            worker.letGo();
            worker.idle();
            worker.idle();
            assertTrue(worker.checkpoints.marks().contains(4_000L), "4,000 made at once after 3,500: " + worker.checkpoints.marks());
        }
    }

    @Test
    @DisplayName("while the window plays the lab, the worker rests as long as it worked, and a pause ends the rest")
    void restsWhileAnimated() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (HeldWorker worker = new HeldWorker(false, clock::get)) {
            Twins twins = restingWithBothMarks(worker);
            twins.sessionWithCheckpoints.playing(true);
            workedAnHourWhileTheLabRanOn(twins, worker, clock);

            worker.letGo();
            assertThrows(TimeoutException.class, () -> worker.idleWithin(1), "the worker rests an hour after 3,500");
            assertFalse(worker.checkpoints.marks().contains(4_000L), worker.checkpoints.marks().toString());

            twins.sessionWithCheckpoints.playing(false);
            worker.idle();
            worker.idle();
            assertTrue(worker.checkpoints.marks().contains(4_000L), "4,000 made once the lab is paused: " + worker.checkpoints.marks());
        }
    }

    /** The worker follows the lab to 3,500, held there while an hour passes on its clock and the lab runs on past 4,000. */
    private static void workedAnHourWhileTheLabRanOn(Twins twins, HeldWorker worker, AtomicLong clock) throws Exception {
        worker.holdFromNowOn();
        twins.chaos(2, 400);
        assertTrue(worker.held(), "the worker follows the lab from 3,000");
        clock.addAndGet(TimeUnit.HOURS.toNanos(1));
        twins.chaos(3, 600);
        assertTrue(twins.a.eventsRun() > 4_000, "the lab ran past 4,000");
    }

    @Test
    @DisplayName("a worker that fails makes no checkpoint, and a step back replays from the start")
    void workerFailure() {
        Checkpoints checkpoints = madeAtOnce(() -> (lab, action) -> {
            throw new IllegalStateException("the worker failed");
        });
        Twins twins = new Twins(checkpoints);
        twins.chaos(1, 2_500);
        assertEquals(List.of(), checkpoints.marks());
        twins.stepBack();
        twins.assertSameLab("after a step back");
    }

    // ----- the two sessions -----

    /**
     * The same history in two sessions: lab {@code a} in one with {@code checkpoints}, lab {@code b}
     * in one whose worker never makes any, so that every step back of it replays from the start.
     */
    private final class Twins {
        final CountingPerformer withCheckpoints = new CountingPerformer();
        final CountingPerformer fromTheStart = new CountingPerformer();
        final LabSession sessionWithCheckpoints;
        final LabSession sessionFromTheStart;
        Lab a;
        Lab b;

        Twins(Checkpoints checkpoints) {
            sessionWithCheckpoints = session(withCheckpoints, checkpoints);
            sessionFromTheStart = session(fromTheStart, neverMade());
            a = sessionWithCheckpoints.start(CLUSTER);
            b = sessionFromTheStart.start(CLUSTER);
        }

        private LabSession session(ActionPerformer performer, Checkpoints checkpoints) {
            LabSession session = new LabSession(performer, new LabFeed(Runnable::run, update -> { }, 100), checkpoints);
            sessions.add(session);
            return session;
        }

        void chaos(long seed, long events) {
            CheckpointsTest.chaos(sessionWithCheckpoints, a, seed, events);
            CheckpointsTest.chaos(sessionFromTheStart, b, seed, events);
        }

        void apply(String line) {
            sessionWithCheckpoints.apply(a, new LabAction(line));
            sessionFromTheStart.apply(b, new LabAction(line));
        }

        void advance(long ms) {
            LabSession.advance(a, ms);
            LabSession.advance(b, ms);
        }

        /** Steps both back, counting the actions each replays. */
        void stepBack() {
            withCheckpoints.performed = 0;
            fromTheStart.performed = 0;
            a = sessionWithCheckpoints.stepBack(a);
            b = sessionFromTheStart.stepBack(b);
        }

        void rewindTo(long events) {
            a = sessionWithCheckpoints.rewindTo(a, events);
            b = sessionFromTheStart.rewindTo(b, events);
        }

        void assertSameLab(String when) {
            assertEquals(state(b), state(a), when);
        }
    }

    /** Twins run 3,200 events of chaos, then left at rest until the worker has made both marks, 2,500 and 3,000. */
    private Twins restingWithBothMarks(HeldWorker worker) throws Exception {
        Twins twins = new Twins(worker.checkpoints);
        twins.chaos(1, 3_200);
        for (int i = 0; i < 100 && !worker.checkpoints.marks().equals(List.of(2_500L, 3_000L)); i++) {
            worker.idle();
        }
        assertEquals(List.of(2_500L, 3_000L), worker.checkpoints.marks(), "the lab at rest has both its marks");
        return twins;
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

    /**
     * Checkpoints made on a thread of their own, whose performers can be held: once held, the
     * worker stops at the first action of the checkpoint it makes, until let go (or closed).
     */
    private static final class HeldWorker implements AutoCloseable {
        private final AtomicBoolean holding;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private final CountDownLatch goOn = new CountDownLatch(1);
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        final Checkpoints checkpoints;

        HeldWorker(boolean heldFromTheStart) {
            this(heldFromTheStart, System::nanoTime);
        }

        /** @param clock how the worker measures how long it worked */
        HeldWorker(boolean heldFromTheStart, LongSupplier clock) {
            holding = new AtomicBoolean(heldFromTheStart);
            checkpoints = new Checkpoints(thread, EVERY_EVENTS, 2, () -> {
                ScriptPerformer real = new ScriptPerformer();
                return (lab, action) -> {
                    if (holding.get()) {
                        stopped.countDown();
                        awaitUninterruptibly(goOn);
                    }
                    return real.perform(lab, action);
                };
            }, clock);
        }

        void holdFromNowOn() {
            holding.set(true);
        }

        /** Whether the worker stopped, held, within 30 s. */
        boolean held() throws InterruptedException {
            return stopped.await(30, TimeUnit.SECONDS);
        }

        void letGo() {
            goOn.countDown();
        }

        /** Waits until the worker has done what it was given so far. */
        void idle() throws Exception {
            idleWithin(30);
        }

        /** Waits until the worker has done what it was given so far, or throws TimeoutException after {@code seconds}. */
        void idleWithin(long seconds) throws Exception {
            thread.submit(() -> { }).get(seconds, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            letGo();
            thread.shutdownNow();
        }
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
