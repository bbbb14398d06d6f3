package com.replicationlab.time;

/**
 * Runs timers on the thread that owns a node (an event loop over TCP, the lab thread in the lab).
 * Engine code never creates threads or sleeps; it asks its scheduler.
 */
public interface Scheduler {

    Clock clock();

    /** Runs {@code task} once, {@code delayMs} from now, on the owning thread. */
    Cancellable schedule(long delayMs, Runnable task);

    /**
     * As {@link #schedule(long, Runnable)}, with a short name for the timer ("heartbeat", "cron")
     * that the lab shows when it fires.
     */
    default Cancellable schedule(long delayMs, String label, Runnable task) {
        return schedule(delayMs, task);
    }

    /** Runs {@code task} on the owning thread as soon as possible, after what is already queued. */
    default void execute(Runnable task) {
        schedule(0, task);
    }

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
