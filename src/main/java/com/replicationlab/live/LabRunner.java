package com.replicationlab.live;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabEvent;
import com.replicationlab.lab.VirtualClock;
import com.replicationlab.lab.snapshot.LabSnapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one thread that owns a lab. Playing, it moves virtual time along with wall time × speed;
 * paused, it waits. Everybody else — the window, TCP clients, the console — hands it work and
 * reads the snapshots it publishes; nobody else touches the lab.
 */
public final class LabRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LabRunner.class);
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 50;
    /** How often a playing lab publishes a snapshot (display rate). */
    private static final long FRAME_NANOS = 16_000_000;
    /** Bounds the events run in one turn, so tasks and snapshots are never starved. */
    private static final int MAX_EVENTS_PER_TURN = 20_000;

    private final LinkedBlockingDeque<Runnable> tasks = new LinkedBlockingDeque<>();
    private final Thread thread;
    private volatile Lab lab;
    private volatile Consumer<LabSnapshot> snapshots;
    private volatile boolean running = true;
    /** A publish that finds another one queued after it leaves the snapshot to that one. */
    private final Runnable publishTask = () -> {
        if (!tasks.contains(this.publishTask)) {
            publish();
        }
    };
    private boolean playing;
    private double speed = 1.0;
    private long anchorWallNanos;
    private long anchorVirtualMs;
    private long lastPublishNanos;

    public LabRunner(Lab lab) {
        this.lab = lab;
        this.thread = new Thread(this::loop, "lab");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Receives every snapshot the lab thread publishes (on the lab thread: hand it on, do not block). */
    public void onSnapshot(Consumer<LabSnapshot> listener) {
        this.snapshots = listener;
        submit(l -> publish());
    }

    /** Runs {@code work} on the lab thread, in order with everything else. */
    public void submit(Consumer<Lab> work) {
        tasks.add(() -> work.accept(lab));
    }

    /** Runs {@code work} on the lab thread and gives its result. */
    public <T> CompletableFuture<T> call(Function<Lab, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                result.complete(work.apply(lab));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Replaces the lab (a reset, a replay); runs on the lab thread. */
    public void replaceLab(Lab fresh) {
        tasks.add(() -> {
            lab = fresh;
            anchor();
            publish();
        });
    }

    /**
     * Replaces the lab with one the given function builds from it, on the lab thread, in order with
     * everything else (a step back rebuilds and replays; a reset starts anew).
     */
    public void rebuild(UnaryOperator<Lab> builder) {
        tasks.add(() -> {
            lab = builder.apply(lab);
            anchor();
            publish();
        });
    }

    /**
     * Publishes a snapshot once the work handed in before is done (after an action, while paused).
     * Requests that pile up while the lab is busy make one snapshot, not one each.
     */
    public void publishNow() {
        // One publish at the end of the queue serves every request made since the work before it.
        if (tasks.peekLast() != publishTask) {
            tasks.add(publishTask);
        }
    }

    public void play() {
        tasks.add(() -> {
            playing = true;
            anchor();
        });
    }

    public void pause() {
        tasks.add(() -> {
            playing = false;
            publish();
        });
    }

    /** Speed is clamped to 0.1× … 50×. */
    public void setSpeed(double requested) {
        tasks.add(() -> {
            speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, requested));
            anchor();
        });
    }

    /** Runs exactly one event (pausing first). */
    public void step() {
        tasks.add(() -> {
            playing = false;
            lab.step();
            publish();
        });
    }

    private void loop() {
        while (running) {
            try {
                Runnable task = tasks.poll(playing ? 1 : 50, TimeUnit.MILLISECONDS);
                while (task != null) {
                    task.run();
                    task = tasks.poll();
                }
                if (playing) {
                    catchUp();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A failing action must not stop the lab: report it and go on.
                LOG.error("lab task failed", e);
            }
        }
    }

    /** Runs every event due by now (in virtual time), then publishes at display rate. */
    private void catchUp() {
        long target = anchorVirtualMs + (long) ((System.nanoTime() - anchorWallNanos) / 1e6 * speed);
        int ran = 0;
        while (ran < MAX_EVENTS_PER_TURN) {
            LabEvent next = lab.nextEvent();
            if (next == null || next.atMs() - VirtualClock.START_MS > target) {
                break;
            }
            lab.step();
            ran++;
        }
        if (ran < MAX_EVENTS_PER_TURN && target > lab.elapsedMs()) {
            lab.advance(target - lab.elapsedMs());
        }
        long now = System.nanoTime();
        if (now - lastPublishNanos >= FRAME_NANOS) {
            publish();
            lastPublishNanos = now;
        }
    }

    private void anchor() {
        anchorWallNanos = System.nanoTime();
        anchorVirtualMs = lab.elapsedMs();
    }

    private void publish() {
        Consumer<LabSnapshot> listener = snapshots;
        if (listener != null) {
            listener.accept(lab.snapshot());
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
