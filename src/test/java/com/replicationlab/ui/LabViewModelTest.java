package com.replicationlab.ui;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.OutsideClient;
import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.session.ActionOutcome;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.session.LabActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("LabViewModel, without a toolkit (direct UI executor)")
class LabViewModelTest {
    private final AtomicLong wallNanos = new AtomicLong();
    private final LabViewModel model = new LabViewModel(ClusterSpec.defaults(),
            UiExecutor.direct(), wallNanos::get);

    @AfterEach
    void close() {
        model.close();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private LabSnapshot settle() throws Exception {
        await(model.whenIdle());
        return model.snapshot();
    }

    @Nested
    @DisplayName("the clock")
    class Clock {
        @Test
        @DisplayName("step runs exactly one event")
        void stepRunsOneEvent() throws Exception {
            model.runFor(1200);
            long before = settle().eventsRun();
            model.step();
            assertEquals(before + 1, settle().eventsRun());
            assertFalse(model.isPlaying());
        }

        @Test
        @DisplayName("step back gives the state before the last event exactly, actions included")
        void stepBackRestoresThePreviousState() throws Exception {
            model.runFor(2000);
            await(model.perform(LabActions.command("master", List.of("SET", "key", "value"))));
            await(model.perform(LabActions.dropNext("master", "replica-1")));
            model.runFor(430);
            model.step();
            model.step();
            await(model.perform(LabActions.command("master", List.of("SET", "other", "x"))));
            String beforeTheLastStep = SnapshotText.of(settle());
            model.step();
            model.step();
            model.stepBack();
            model.stepBack();
            assertEquals(beforeTheLastStep, SnapshotText.of(settle()));
            assertEquals(List.of("master> SET key value", "drop next master->replica-1", "master> SET other x"),
                    model.journal().stream().map(e -> e.action().text()).toList());
        }

        @Test
        @DisplayName("step back deep in history, with checkpoints made in the background meanwhile, is exact too")
        void stepBackDeepInHistory() throws Exception {
            for (int i = 0; i < 30; i++) {
                await(model.perform(LabActions.command("master", List.of("SET", "key:" + i, "value"))));
                await(model.perform(LabActions.dropRate("master", "replica-" + (1 + i % 2), i % 40)));
                model.runFor(20_000);
            }
            model.step();
            String beforeTheLastSteps = SnapshotText.of(settle());
            assertTrue(model.snapshot().eventsRun() > 3_000, "past a few checkpoints: " + model.snapshot().eventsRun());
            model.step();
            model.step();
            model.stepBack();
            model.stepBack();
            assertEquals(beforeTheLastSteps, SnapshotText.of(settle()));
        }

        @Test
        @DisplayName("rewind to an earlier event gives the state after it exactly; a later one changes nothing")
        void rewindTo() throws Exception {
            model.runFor(2000);
            await(model.perform(LabActions.command("master", List.of("SET", "key", "value"))));
            model.step();
            model.step();
            String after = SnapshotText.of(settle());
            long events = model.snapshot().eventsRun();
            model.runFor(3000);
            model.rewindTo(events);
            assertEquals(after, SnapshotText.of(settle()));
            model.rewindTo(events + 10);
            assertEquals(after, SnapshotText.of(settle()));
        }

        @Test
        @DisplayName("step back into an action that ran events itself (a WAIT) lands just before that action, and says so")
        void stepBackIntoAnAction() throws Exception {
            model.runFor(2000);
            await(model.perform(LabActions.crash("replica-1")));
            await(model.perform(LabActions.command("master", List.of("SET", "key", "value"))));
            LabSnapshot before = settle();
            String beforeTheWait = SnapshotText.of(before);
            ActionOutcome waited = await(model.perform(LabActions.command("master", List.of("WAIT", "2", "300"))));
            assertEquals("(integer) 1", waited.detail());
            assertTrue(settle().eventsRun() > before.eventsRun() + 1, "the WAIT ran heartbeats while it waited");
            List<String> steppedOver = new ArrayList<>();
            model.onSteppedOver(action -> steppedOver.add(action.text()));
            model.stepBack();
            assertEquals(beforeTheWait, SnapshotText.of(settle()));
            assertEquals(List.of("crash replica-1", "master> SET key value"),
                    model.journal().stream().map(e -> e.action().text()).toList());
            assertEquals(List.of("master> WAIT 2 300"), steppedOver);
            model.rewindTo(Long.MAX_VALUE);
            settle();
            assertEquals(List.of("master> WAIT 2 300"), steppedOver, "a rewind that changes nothing steps over nothing");
        }

        @Test
        @DisplayName("step back past a TCP client's commands is refused at once, in words the window translates; a rewind to before them works")
        void stepBackPastATcpClient() throws Exception {
            model.runFor(1500);
            long before = settle().eventsRun();
            await(model.read(lab -> {
                new OutsideClient(lab, "master").send("SET", "from", "outside");
                return null;
            }));
            model.runFor(500);
            String after = SnapshotText.of(settle());

            model.stepBack();
            assertEquals(after, SnapshotText.of(settle()), "the lab is left as it was");
            ActionOutcome refused = model.lastOutcomeProperty().get();
            assertFalse(refused.accepted());
            assertEquals("changedFromOutside", refused.wording().key());
            assertTrue(EventWords.outcome(refused.wording(), refused.detail(), new I18n(Locale.SIMPLIFIED_CHINESE))
                    .startsWith("无法后退：第 " + before + " 个事件之后"), "said in the window's language");

            model.rewindTo(before);
            assertEquals(before, settle().eventsRun());
        }

        @Test
        @DisplayName("step back at the first event leaves the lab as it is")
        void stepBackAtTheStart() throws Exception {
            String start = SnapshotText.of(settle());
            model.stepBack();
            assertEquals(start, SnapshotText.of(settle()));
        }

        @Test
        @DisplayName("speed moves through the list and stays within 0.1× … 50×")
        void speedSteps() {
            model.faster();
            assertEquals(2.0, model.speed());
            model.setSpeed(500);
            assertEquals(50.0, model.speed());
            model.faster();
            assertEquals(50.0, model.speed());
            model.setSpeed(0.01);
            assertEquals(0.1, model.speed());
            model.slower();
            assertEquals(0.1, model.speed());
        }

        @Test
        @DisplayName("virtual time glides on from the snapshot by wall time × speed while playing")
        void interpolatesWhilePlaying() throws Exception {
            HeldUi ui = new HeldUi();
            try (LabViewModel gliding = new LabViewModel(ClusterSpec.defaults(), ui, wallNanos::get)) {
                long at = ui.runUntil(gliding.whenIdle(), gliding).timeMs();
                wallNanos.addAndGet(100_000_000);
                assertEquals(at, gliding.virtualTimeMs(), "paused: the snapshot's time");
                gliding.setSpeed(2);
                gliding.play();
                // The lab's newer snapshots wait in the held queue, so the drawing glides from this one
                // alone: it arrived 140 wall ms ago, which at 2x is 280 virtual ms on.
                wallNanos.addAndGet(40_000_000);
                assertEquals(at + 280, gliding.virtualTimeMs(), 0.001);
                wallNanos.addAndGet(10_000_000_000L);
                assertEquals(at + 500, gliding.virtualTimeMs(), 0.001, "never more than 250 wall ms ahead");
            }
        }
    }

    /**
     * A UI thread that runs what the lab hands it only when the test says so: snapshots then arrive
     * at moments the test chooses, whatever the machine's speed.
     */
    private static final class HeldUi implements UiExecutor {
        private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        /** Runs the held work until {@code stage} completes; answers the model's snapshot then. */
        LabSnapshot runUntil(CompletionStage<?> stage, LabViewModel model) throws Exception {
            CompletableFuture<?> done = stage.toCompletableFuture();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!done.isDone() && System.nanoTime() < deadline) {
                Runnable task = tasks.poll(10, TimeUnit.MILLISECONDS);
                if (task != null) {
                    task.run();
                }
            }
            done.get(0, TimeUnit.SECONDS);
            return model.snapshot();
        }
    }

    @Nested
    @DisplayName("actions")
    class Actions {
        @Test
        @DisplayName("drop next: the trace records the drop and the replica falls behind until the re-send")
        void dropNext() throws Exception {
            model.runFor(2000);
            await(model.perform(LabActions.dropNext("master", "replica-1")));
            await(model.perform(LabActions.command("master", List.of("SET", "key", "value"))));
            model.runFor(1000);
            LabSnapshot after = settle();
            assertTrue(model.trace().stream().anyMatch(r -> r.kind() == TraceKind.DROPPED
                    && r.text().contains("master->replica-1")), "a drop in the trace");
            assertTrue(after.node("replica-1").offset() < after.node("master").offset(), "replica-1 behind");
            assertEquals(after.node("master").offset(), after.node("replica-2").offset());
        }

        @Test
        @DisplayName("a refused action is reported, not recorded")
        void refusedAction() throws Exception {
            ActionOutcome outcome = await(model.perform(LabActions.restart("master")));
            assertFalse(outcome.accepted());
            assertEquals("master is already running", outcome.detail());
            assertEquals(outcome, model.lastOutcomeProperty().get());
            assertFalse(await(model.perform(new LabAction("drop nxt master->replica-1"))).accepted(), "a line that does not parse");
            assertTrue(model.journal().isEmpty());
        }

        @Test
        @DisplayName("a command is logged as a line of the language, and its reply comes back as redis-cli prints it")
        void commandReply() throws Exception {
            model.runFor(500);
            assertEquals("OK", await(model.perform(LabActions.command("master", List.of("SET", "k", "two words")))).detail());
            assertEquals("\"two words\"", await(model.perform(LabActions.command("master", List.of("GET", "k")))).detail());
            assertEquals("master> GET k", model.journal().get(1).action().text());
            assertEquals("master> SET k \"two words\"", model.journal().get(0).action().text());
        }

        @Test
        @DisplayName("changing the replica count starts a fresh lab of that many replicas")
        void replicaCount() throws Exception {
            model.runFor(1500);
            model.setReplicas(5);
            LabSnapshot fresh = settle();
            assertEquals(6, fresh.nodes().size());
            assertEquals(0, fresh.eventsRun());
            assertEquals(5, model.specProperty().get().replicas());
            List<TraceRecord> trace = model.trace();
            assertEquals(0, trace.get(0).index(), "the trace starts anew");
        }
    }

    @Test
    @DisplayName("a saved scenario, opened again, reproduces the state exactly")
    void saveThenOpen() throws Exception {
        model.runFor(1800);
        await(model.perform(LabActions.dropNext("master", "replica-1")));
        await(model.perform(LabActions.command("master", List.of("SET", "key", "value"))));
        model.runFor(700);
        model.step();
        model.step();
        await(model.perform(LabActions.killLink("master", "replica-2")));
        model.runFor(1234);
        String state = SnapshotText.of(settle());
        String scenario = await(model.scenarioText());
        try (LabViewModel reopened = new LabViewModel(ClusterSpec.defaults(), UiExecutor.direct(), wallNanos::get)) {
            await(reopened.open("saved.lab", scenario));
            await(reopened.whenIdle());
            assertEquals(state, SnapshotText.of(reopened.snapshot()));
            assertEquals(scenario, await(reopened.scenarioText()), "it saves the same again");
        }
    }

    @Test
    @DisplayName("opening a scenario that does not parse changes nothing and says where it is wrong")
    void openBadScenario() throws Exception {
        String before = SnapshotText.of(settle());
        ActionOutcome outcome = await(model.open("bad.lab", "cluster replicas=2\nkill lnk replica-1\n"));
        assertFalse(outcome.accepted());
        assertTrue(outcome.detail().startsWith("bad.lab:2:"), outcome.detail());
        String chinese = EventWords.outcome(outcome.wording(), outcome.detail(), new I18n(Locale.SIMPLIFIED_CHINESE));
        assertTrue(chinese.matches("bad\\.lab 第 2 行第 \\d+ 列无法解析：.+"), "where, in the window's language: " + chinese);
        assertEquals(outcome.detail(), EventWords.outcome(outcome.wording(), outcome.detail(), new I18n(Locale.ENGLISH)));
        assertEquals(before, SnapshotText.of(settle()));
    }

    @Test
    @DisplayName("the scenario text replays the session: cluster, time passed, actions")
    void scenario() throws Exception {
        model.runFor(2000);
        await(model.perform(LabActions.command("master", List.of("SET", "key", "value"))));
        // The write leaves as one packet per replica, both due at 2.050: one step delivers the
        // first and leaves the second due at the same time, so the text says "step", not "advance".
        model.step();
        await(model.perform(LabActions.killLink("master", "replica-1")));
        model.runFor(1500);
        assertEquals("""
                # Replication Lab scenario, saved from the window
                cluster replicas=2 latency=50ms seed=42 backlog=1048576 recovery=resend
                advance 2000ms
                master> SET key value
                step
                kill link master replica-1
                advance 1500ms
                """, await(model.scenarioText()));
    }
}
