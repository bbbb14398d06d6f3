package com.replicationlab.lab;

import java.util.PriorityQueue;

/**
 * All pending events of a lab, ordered by (time, sequence number): the sequence number breaks
 * ties in scheduling order, which is what makes equal times deterministic.
 */
final class EventQueue {
    /** Bounds the queue, so a runaway timer loop fails loudly instead of eating memory. */
    static final int MAX_PENDING = 1_000_000;

    private final PriorityQueue<LabEvent> pending = new PriorityQueue<>();
    private long nextSequence;
    private int maxPending = MAX_PENDING;

    /** A lower bound, for a lab in a small heap (the window's): it fails loudly before memory runs out. */
    void limitPending(int max) {
        maxPending = max;
    }

    int maxPending() {
        return maxPending;
    }

    LabEvent add(long atMs, String node, Words description, Runnable action) {
        if (pending.size() >= maxPending) {
            throw new IllegalStateException("more than " + maxPending
                    + " pending lab events: the lab is running away (packets or timers made faster than they run)");
        }
        LabEvent event = new LabEvent(atMs, nextSequence++, node, description, action);
        pending.add(event);
        return event;
    }

    /** The next event that is not cancelled, without removing it; null when there is none. */
    LabEvent peek() {
        while (!pending.isEmpty() && pending.peek().cancelled()) {
            pending.poll();
        }
        return pending.peek();
    }

    LabEvent poll() {
        LabEvent next = peek();
        if (next != null) {
            pending.poll();
        }
        return next;
    }

    int size() {
        return pending.size();
    }
}
