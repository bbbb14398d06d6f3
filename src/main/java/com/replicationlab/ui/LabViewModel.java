package com.replicationlab.ui;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.Wording;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.lesson.TaskBlock;
import com.replicationlab.live.LabRunner;
import com.replicationlab.script.Action;
import com.replicationlab.script.Cluster;
import com.replicationlab.script.Script;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.SourcePosition;
import com.replicationlab.script.Statement;
import com.replicationlab.ui.session.ActionOutcome;
import com.replicationlab.ui.session.CannotRebuild;
import com.replicationlab.ui.session.JournalEntry;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.session.LabActions;
import com.replicationlab.ui.session.LabFeed;
import com.replicationlab.ui.session.LabSession;
import com.replicationlab.ui.session.LabUpdate;
import com.replicationlab.ui.session.ScriptPerformer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The one model the whole window binds to. State comes only from the lab thread's updates
 * (snapshots, trace records, the action journal); commands go only to the lab thread through the
 * runner. Every property changes on the UI executor's thread, so views bind to it directly.
 * Panels need nothing else: the snapshot, the trace, the journal, the selection and the commands.
 */
public final class LabViewModel implements AutoCloseable {
    /** Speeds offered by faster/slower, within LabRunner's 0.1× … 50×. */
    public static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0);
    /** Trace records the window keeps, as many as its labs keep. */
    public static final int TRACE_CAPACITY = LabSession.TRACE_KEPT;
    private static final int PACKET_HISTORY = 20_000;
    /** If the lab thread falls behind, the drawing does not run ahead of it by more than this (wall ms). */
    private static final long MAX_INTERPOLATION_MS = 250;

    private final LabRunner runner;
    private final LabSession session;
    private final ScriptPerformer performer = new ScriptPerformer();
    private final LabFeed feed;
    private final UiExecutor ui;
    private final LongSupplier wallNanos;
    private final PacketHistory packets = new PacketHistory(PACKET_HISTORY);
    private final NodePorts ports;

    // ----- state -----
    private final ReadOnlyObjectWrapper<LabSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1.0);
    private final ReadOnlyObjectWrapper<ClusterSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<ActionOutcome> lastOutcome = new ReadOnlyObjectWrapper<>(this, "lastOutcome");
    private Consumer<LabAction> onSteppedOver = action -> { };
    private final ObservableList<TraceRecord> trace = FXCollections.observableArrayList();
    private final ObservableList<JournalEntry> journal = FXCollections.observableArrayList();
    // One read-only view of each, kept: a view only weakly listens to its list, so a view made per
    // call could be collected with its listeners.
    private final ObservableList<TraceRecord> traceView = FXCollections.unmodifiableObservableList(trace);
    private final ObservableList<JournalEntry> journalView = FXCollections.unmodifiableObservableList(journal);
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final LongProperty selectedPacket = new SimpleLongProperty(this, "selectedPacket");
    private long snapshotArrivalNanos;

    /**
     * Starts a lab of {@code clusterSpec} on its own thread, paused.
     *
     * @param wallNanos the wall clock that paces animation between snapshots
     */
    public LabViewModel(ClusterSpec clusterSpec, UiExecutor ui, LongSupplier wallNanos) {
        this.ui = ui;
        this.wallNanos = wallNanos;
        this.feed = new LabFeed(ui, this::accept, TRACE_CAPACITY);
        this.session = new LabSession(performer, feed);
        performer.copyLabsWith(session::copy);
        this.spec.set(clusterSpec);
        this.runner = new LabRunner(session.start(clusterSpec));
        runner.onSnapshot(feed::publish);
        this.ports = new NodePorts(runner, ui);
    }

    // ----- state, read-only -----

    /** The newest snapshot (null until the lab thread's first one arrives). */
    public ReadOnlyObjectProperty<LabSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public LabSnapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double speed() {
        return speed.get();
    }

    /** The cluster the lab was started from. */
    public ReadOnlyObjectProperty<ClusterSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** What came of the last action the window performed. */
    public ReadOnlyObjectProperty<ActionOutcome> lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    /** The most recent trace records, oldest first, at most {@link #TRACE_CAPACITY}. Read-only. */
    public ObservableList<TraceRecord> trace() {
        return traceView;
    }

    /** The actions applied to this lab, each with the point where it was applied. Read-only. */
    public ObservableList<JournalEntry> journal() {
        return journalView;
    }

    /** A packet seen in flight lately (it may have arrived or been lost since). */
    public Optional<PacketView> packet(long id) {
        return packets.find(id);
    }

    /**
     * The virtual time to draw now: the snapshot's time, moved on by the wall time since it
     * arrived × speed while playing, so packets glide between snapshots.
     */
    public double virtualTimeMs() {
        LabSnapshot now = snapshot.get();
        if (now == null) {
            return 0;
        }
        if (!playing.get()) {
            return now.timeMs();
        }
        double sinceMs = Math.min(MAX_INTERPOLATION_MS, (wallNanos.getAsLong() - snapshotArrivalNanos) / 1e6);
        return now.timeMs() + Math.max(0, sinceMs) * speed.get();
    }

    // ----- selection -----

    /** The selected node's name, or null. */
    public ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    /** The selected packet's id, or 0 when none is selected (packet ids start at 1). */
    public LongProperty selectedPacketProperty() {
        return selectedPacket;
    }

    // ----- commands -----

    public void play() {
        runner.play();
        playing.set(true);
        runner.submit(lab -> session.playing(true));
    }

    public void pause() {
        runner.pause();
        playing.set(false);
        runner.submit(this::stopped);
    }

    /** On the lab thread, once the lab stopped: its checkpoints are made at full speed again, and the lesson's tasks checked. */
    private void stopped(Lab lab) {
        session.playing(false);
        performer.checkTasks(lab);
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Runs exactly the next event (pausing first). */
    public void step() {
        playing.set(false);
        runner.step();
        runner.submit(this::stopped);
    }

    /** Back to the state just before the last event, rebuilt and replayed exactly (pausing first). */
    public void stepBack() {
        rebuildEarlier(session::stepBack);
    }

    /**
     * Back to the state after event {@code eventsRun} (a sequence diagram's scrubbing, an action
     * log's entry), rebuilt and replayed exactly (pausing first). Later points are not reachable.
     */
    public void rewindTo(long eventsRun) {
        rebuildEarlier(lab -> session.rewindTo(lab, eventsRun));
    }

    private void rebuildEarlier(UnaryOperator<Lab> rebuild) {
        pause();
        CompletableFuture<CannotRebuild> problem = new CompletableFuture<>();
        CompletableFuture<LabAction> steppedOver = new CompletableFuture<>();
        runner.rebuild(lab -> {
            try {
                Lab earlier = rebuild.apply(lab);
                session.steppedOver().ifPresent(action -> feed.completeAfterNextUpdate(steppedOver, action));
                return earlier;
            } catch (CannotRebuild e) {
                feed.completeAfterNextUpdate(problem, e);
                return lab;
            }
        });
        problem.thenAccept(e -> report(e.getMessage(), e.wording()));
        steppedOver.thenAccept(action -> onSteppedOver.accept(action));
    }

    /**
     * Hears each action that a step back or rewind went back over whole: it ran its events in one
     * go (a WAIT, an advance), so the lab landed just before it. The window says so in its own words.
     */
    public void onSteppedOver(Consumer<LabAction> listener) {
        onSteppedOver = listener;
    }

    /** Lets virtual time run on by {@code ms} at once, whether playing or not. */
    public void runFor(long ms) {
        runner.submit(lab -> {
            LabSession.advance(lab, ms);
            performer.checkTasks(lab);
        });
        runner.publishNow();
    }

    /** Speed is kept within {@link LabRunner#MIN_SPEED} … {@link LabRunner#MAX_SPEED}. */
    public void setSpeed(double requested) {
        double clamped = Math.max(LabRunner.MIN_SPEED, Math.min(LabRunner.MAX_SPEED, requested));
        runner.setSpeed(clamped);
        speed.set(clamped);
    }

    /** The next speed up the list of {@link #SPEEDS}. */
    public void faster() {
        SPEEDS.stream().filter(s -> s > speed.get() + 1e-9).findFirst().ifPresent(this::setSpeed);
    }

    public void slower() {
        SPEEDS.stream().filter(s -> s < speed.get() - 1e-9).reduce((a, b) -> b).ifPresent(this::setSpeed);
    }

    /** A fresh lab of the same cluster. */
    public void reset() {
        reset(spec.get());
    }

    /** A fresh lab of another cluster (the lab cannot add nodes while running: it starts anew). */
    public void reset(ClusterSpec fresh) {
        spec.set(fresh);
        selectedNode.set(null);
        selectedPacket.set(0);
        runner.rebuild(old -> session.start(fresh));
    }

    /** Starts anew with {@code replicas} replicas (1 … 8), keeping every other setting. */
    public void setReplicas(int replicas) {
        ClusterSpec now = spec.get();
        reset(new ClusterSpec(replicas, now.latencyMs(), now.seed(), now.backlogBytes(), now.lossRecovery(),
                now.basePort()));
    }

    /**
     * Performs an action on the lab; the outcome arrives on the UI thread (and in
     * {@link #lastOutcomeProperty()}). A {@code cluster} line starts a fresh lab of that cluster.
     */
    public CompletionStage<ActionOutcome> perform(LabAction action) {
        Cluster cluster = clusterLine(action);
        if (cluster != null) {
            reset(cluster.spec());
            ActionOutcome started = new ActionOutcome(action, true, "");
            return whenIdle().thenApply(done -> {
                lastOutcome.set(started);
                return started;
            });
        }
        CompletableFuture<ActionOutcome> outcome = new CompletableFuture<>();
        // The outcome is handed over (on the UI thread) after the snapshot that shows the action's effect.
        runner.submit(lab -> feed.completeAfterNextUpdate(outcome, session.apply(lab, action)));
        runner.publishNow();
        return outcome.thenApply(result -> {
            lastOutcome.set(result);
            return result;
        });
    }

    /** The cluster a line asks for, if it is a cluster line (the only kind read here, on the UI thread). */
    private static Cluster clusterLine(LabAction action) {
        if (!action.text().trim().startsWith("cluster")) {
            return null;
        }
        try {
            return ScriptParser.parseAction("window", action.text()) instanceof Cluster cluster ? cluster : null;
        } catch (ScriptException e) {
            return null; // performed as usual, so the lab reports what is wrong with it
        }
    }

    /**
     * Opens a scenario: a fresh lab of its cluster (the default one if it names none), then each of
     * its actions in order, as if done in the window. A scenario that does not parse changes
     * nothing; the failure is what the stage completes with.
     */
    public CompletionStage<ActionOutcome> open(String file, String text) {
        Script script;
        try {
            script = ScriptParser.parse(file, text);
        } catch (ScriptException e) {
            SourcePosition at = e.position();
            // Where, in the window's words; what is wrong stays the parser's (English) words.
            report(e.getMessage(), new Wording("scenarioDoesNotParse", at.file(), Integer.toString(at.line()),
                    Integer.toString(at.column()), e.plainMessage()));
            return CompletableFuture.completedFuture(lastOutcome.get());
        }
        List<Statement> statements = script.statements();
        if (statements.isEmpty() || !(statements.get(0).action() instanceof Cluster)) {
            reset(ClusterSpec.defaults());
        }
        CompletionStage<ActionOutcome> last = CompletableFuture.completedFuture(null);
        for (Statement statement : statements) {
            Action action = statement.action();
            last = perform(new LabAction(action.text()));
        }
        return last;
    }

    /** Shows a message from the window itself (a file that could not be written) where outcomes show. */
    public void report(String problem) {
        report(problem, null);
    }

    /** A problem of the window's own, with its words for the window's language ({@code wording} may be null). */
    private void report(String problem, Wording wording) {
        lastOutcome.set(new ActionOutcome(null, false, problem, wording));
    }

    /** Shows news from the window itself (a port opened) where outcomes show. */
    public void inform(String news) {
        lastOutcome.set(new ActionOutcome(null, true, news));
    }

    /** The nodes reachable over real TCP, by name, with their ports. Read-only. */
    public ObservableMap<String, Integer> tcpPorts() {
        return ports.ports();
    }

    /**
     * Opens a real TCP port on 127.0.0.1 for a node, so redis-cli (or a real Redis) can talk to it:
     * its lab port if that is free, else any free port. Completes on the UI thread with the port.
     */
    public CompletionStage<Integer> openTcpPort(String node, int preferredPort) {
        return ports.open(node, preferredPort);
    }

    /** The node that is master now (the first running node that replicates from nobody), if any. */
    public Optional<String> masterName() {
        return master().map(NodeView::name);
    }

    private Optional<NodeView> master() {
        LabSnapshot now = snapshot.get();
        return now == null ? Optional.empty() : now.nodes().stream().filter(n -> n.up() && !n.replica()).findFirst();
    }

    /** A SET of a new key on whichever node is master now, so there is something to replicate. */
    public void writeKey() {
        master().ifPresent(master -> {
            long n = master.keyCount() + 1;
            perform(LabActions.command(master.name(), List.of("SET", "key:" + n, "value-" + n)));
        });
    }

    /** The session as a scenario file's text (the cluster, the actions, the time between them). */
    public CompletionStage<String> scenarioText() {
        return runner.call(session::scenario).thenApplyAsync(text -> text, ui);
    }

    /**
     * Ticks off a lesson step's tasks as they are met, whatever meets them (every action the window
     * performs, time playing); {@code met} hears each one once, on the UI thread. An empty list stops watching.
     */
    public void watchTasks(List<TaskBlock> tasks, Consumer<TaskBlock> met) {
        runner.submit(lab -> performer.watchTasks(lab, tasks, task -> ui.execute(() -> met.accept(task))));
    }

    /** Reads something off the lab once everything asked of it so far is done; completes on the UI thread. */
    public <T> CompletionStage<T> read(Function<Lab, T> reading) {
        return runner.call(reading).thenApplyAsync(value -> value, ui);
    }

    /** Completes on the UI thread once everything asked of the lab so far is done and shown. */
    public CompletionStage<Void> whenIdle() {
        runner.publishNow();
        return runner.call(lab -> null).thenRunAsync(() -> { }, ui);
    }

    @Override
    public void close() {
        ports.close();
        runner.close();
        session.close();
    }

    // ----- from the lab thread, through the UI executor -----

    private void accept(LabUpdate update) {
        if (update.traceRestarted()) {
            packets.clear();
        }
        // Known before the records that speak of them arrive (a loss's ghost needs its packet).
        update.packetsSeen().forEach(packets::remember);
        if (update.traceRestarted()) {
            trace.setAll(update.records());
        } else if (!update.records().isEmpty()) {
            int overflow = trace.size() + update.records().size() - TRACE_CAPACITY;
            if (overflow > 0) {
                trace.remove(0, Math.min(overflow, trace.size()));
            }
            trace.addAll(update.records());
        }
        if (update.journal() != null) {
            journal.setAll(update.journal());
        }
        snapshotArrivalNanos = wallNanos.getAsLong();
        snapshot.set(update.snapshot());
    }
}
