package com.replicationlab.server;

import com.replicationlab.time.Clock;
import com.replicationlab.time.Scheduler;

/**
 * A node's timers, each one a turn of the node, as a batch of client input is: when a timer's task
 * is done, what it wrote to the replication stream (the cron's PING, an expired key's DEL, a
 * GETACK) leaves in one flush.
 */
final class TurnScheduler implements Scheduler {
    private final Scheduler timers;
    private final Runnable endOfTurn;

    TurnScheduler(Scheduler timers, Runnable endOfTurn) {
        this.timers = timers;
        this.endOfTurn = endOfTurn;
    }

    @Override
    public Clock clock() {
        return timers.clock();
    }

    @Override
    public Cancellable schedule(long delayMs, Runnable task) {
        return timers.schedule(delayMs, asTurn(task));
    }

    @Override
    public Cancellable schedule(long delayMs, String label, Runnable task) {
        return timers.schedule(delayMs, label, asTurn(task));
    }

    @Override
    public void execute(Runnable task) {
        timers.execute(asTurn(task));
    }

    private Runnable asTurn(Runnable task) {
        return () -> {
            task.run();
            endOfTurn.run();
        };
    }
}
