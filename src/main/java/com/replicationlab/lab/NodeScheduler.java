package com.replicationlab.lab;

import com.replicationlab.time.Clock;
import com.replicationlab.time.Scheduler;

import java.util.ArrayList;
import java.util.List;

/** A node's timers as lab events; a crashed node's scheduler is shut and its timers never fire. */
final class NodeScheduler implements Scheduler {
    private final Lab lab;
    private final String node;
    private final List<LabEvent> scheduled = new ArrayList<>();
    private boolean shut;

    NodeScheduler(Lab lab, String node) {
        this.lab = lab;
        this.node = node;
    }

    @Override
    public Clock clock() {
        return lab.clock();
    }

    @Override
    public Cancellable schedule(long delayMs, Runnable task) {
        return schedule(delayMs, "timer", task);
    }

    @Override
    public Cancellable schedule(long delayMs, String label, Runnable task) {
        if (shut) {
            return () -> { };
        }
        // Only timers still to fire are kept (a node's cron fires every second for hours).
        scheduled.removeIf(LabEvent::finished);
        Words due = Words.worded(node + ": " + label, "timerDue", node, label);
        LabEvent event = lab.events().add(lab.clock().nowMs() + Math.max(0, delayMs), node, due,
                () -> {
                    lab.trace().add(TraceKind.TIMER, node, Words.worded(label, "timerFired", label));
                    task.run();
                });
        scheduled.add(event);
        return event::cancel;
    }

    /** How many timers it keeps track of (those still to fire, and any finished since the last schedule). */
    int kept() {
        return scheduled.size();
    }

    /** The node crashed: drop every timer it had. */
    void shut() {
        shut = true;
        scheduled.forEach(LabEvent::cancel);
        scheduled.clear();
    }
}
