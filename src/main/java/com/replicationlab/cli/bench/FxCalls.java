package com.replicationlab.cli.bench;

import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.topology.FrameProbe;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What the window benchmarks ask of an open window from their own thread: work on the JavaFX thread, and its first frame. */
final class FxCalls {
    static final long WAIT_SECONDS = 60;

    private FxCalls() {
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        UiExecutor.fx().execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Milliseconds from the JVM's start to the probe's first pulse, waiting for it if need be. */
    static long firstFrameMs(FrameProbe probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            OptionalLong first = onFx(probe::firstFrameNanos);
            if (first.isPresent()) {
                return sinceJvmStartMs(first.getAsLong());
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the window drew no frame in " + WAIT_SECONDS + " s");
    }

    /** A moment on System.nanoTime's clock (as JavaFX's pulses use), in milliseconds since the JVM started. */
    static long sinceJvmStartMs(long nanoTime) {
        long epochMs = System.currentTimeMillis() - (System.nanoTime() - nanoTime) / 1_000_000;
        return epochMs - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
