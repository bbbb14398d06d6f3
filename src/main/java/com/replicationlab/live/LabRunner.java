package com.replicationlab.live;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabEvent;
import com.replicationlab.lab.VirtualClock;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.net.Transport;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one thread that owns a lab. Playing, it moves virtual time along with wall time × speed;
 * paused, it waits. Everybody else — the window, the console — hands it work and reads the
 * snapshots it publishes; nobody else touches the lab.
 *
 * <p>The thread is a Netty event loop, so the TCP connections of a served lab can live on it too
 * (see {@link LabTcpGateway}): a client's request then runs where it is read, with no hand-over
 * between threads.
 */
public final class LabRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LabRunner.class);
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 50;
    /** How often a playing lab publishes a snapshot (display rate). */
    private static final long FRAME_NANOS = 16_000_000;
    /** How often a playing lab runs the events that have come due. */
    private static final long TICK_MICROS = 1_000;
    /** Bounds the events run in one turn, so tasks and snapshots are never starved. */
    private static final int MAX_EVENTS_PER_TURN = 20_000;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("lab", true),
            Transport.ioHandlerFactory());
    private final EventLoop loop = group.next();
    private volatile Lab lab;
    private volatile Consumer<LabSnapshot> snapshots;
    /** Counts publish requests: a queued publish that finds a later one requested leaves the snapshot to it. */
    private long publishRequests;
    /** Whether the last task queued is a publish (so a burst of requests makes one). Guarded by this. */
    private boolean publishQueuedLast;
    private ScheduledFuture<?> ticking;
    private double speed = 1.0;
    private long anchorWallNanos;
    private long anchorVirtualMs;
    private long lastPublishNanos;

    public LabRunner(Lab lab) {
        this.lab = lab;
    }

    /** The lab thread as a Netty event loop, for channels whose work is the lab's. */
    EventLoop eventLoop() {
        return loop;
    }

    /** The lab; only for code already running on the lab thread. */
    Lab labOnThisThread() {
        if (!loop.inEventLoop()) {
            throw new IllegalStateException("the lab is only reachable from the lab thread");
        }
        return lab;
    }

    /** Receives every snapshot the lab thread publishes (on the lab thread: hand it on, do not block). */
    public void onSnapshot(Consumer<LabSnapshot> listener) {
        this.snapshots = listener;
        submit(l -> publish());
    }

    /** Runs {@code work} on the lab thread, in order with everything else. */
    public void submit(Consumer<Lab> work) {
        enqueue(() -> work.accept(lab));
    }

    /** Runs {@code work} on the lab thread and gives its result. */
    public <T> CompletableFuture<T> call(Function<Lab, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        enqueue(() -> {
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
        enqueue(() -> {
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
        enqueue(() -> {
            lab = builder.apply(lab);
            anchor();
            publish();
        });
    }

    /**
     * Publishes a snapshot once the work handed in before is done (after an action, while paused).
     * Requests that pile up while the lab is busy make one snapshot, not one each.
     */
    public synchronized void publishNow() {
        if (publishQueuedLast) {
            return;
        }
        publishQueuedLast = true;
        long ticket = ++publishRequests;
        loop.execute(() -> {
            if (isLatestPublish(ticket)) {
                publish();
            }
        });
    }

    private synchronized boolean isLatestPublish(long ticket) {
        return ticket == publishRequests;
    }

    public void play() {
        enqueue(() -> {
            if (ticking == null) {
                ticking = loop.scheduleWithFixedDelay(this::tick, TICK_MICROS, TICK_MICROS, TimeUnit.MICROSECONDS);
            }
            anchor();
        });
    }

    public void pause() {
        enqueue(() -> {
            stopTicking();
            publish();
        });
    }

    /** Speed is clamped to 0.1× … 50×. */
    public void setSpeed(double requested) {
        enqueue(() -> {
            speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, requested));
            anchor();
        });
    }

    /** Runs exactly one event (pausing first). */
    public void step() {
        enqueue(() -> {
            stopTicking();
            lab.step();
            publish();
        });
    }

    private synchronized void enqueue(Runnable task) {
        publishQueuedLast = false;
        loop.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // A failing action must not stop the lab: report it and go on.
                LOG.error("lab task failed", e);
            }
        });
    }

    private void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    private void tick() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.error("lab event failed", e);
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
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
