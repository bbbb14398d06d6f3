package com.replicationlab.lab;

/**
 * One thing the lab will do at a moment of virtual time: fire a node's timer or deliver (or lose)
 * a packet. Events at the same time run in the order they were scheduled.
 */
public final class LabEvent implements Comparable<LabEvent> {
    private final long atMs;
    private final long sequence;
    private final String node;
    private final Words description;
    private final Runnable action;
    private boolean cancelled;
    private boolean ran;

    LabEvent(long atMs, long sequence, String node, Words description, Runnable action) {
        this.atMs = atMs;
        this.sequence = sequence;
        this.node = node;
        this.description = description;
        this.action = action;
    }

    public long atMs() {
        return atMs;
    }

    public long sequence() {
        return sequence;
    }

    public String node() {
        return node;
    }

    public String description() {
        return description.text();
    }

    /** The description as a message key and arguments, for a window in another language. */
    public Wording wording() {
        return description.wording();
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    void run() {
        ran = true;
        action.run();
    }

    /** Whether it ran or was cancelled: either way nothing more will come of it. */
    boolean finished() {
        return ran || cancelled;
    }

    @Override
    public int compareTo(LabEvent other) {
        int byTime = Long.compare(atMs, other.atMs);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
