package com.replicationlab.lab;

/**
 * The state of one direction of one link (say master->replica-1): how long packets take, and
 * which faults are armed. Every connection between the two nodes shares it.
 */
public final class LinkFaults {
    private long latencyMs;
    private long jitterMs;
    private int dropNext;
    private int dropRatePercent;
    private int duplicateNext;
    private int holdNext;
    private boolean dead;

    LinkFaults(long latencyMs) {
        this.latencyMs = latencyMs;
    }

    public long latencyMs() {
        return latencyMs;
    }

    public long jitterMs() {
        return jitterMs;
    }

    public int dropNext() {
        return dropNext;
    }

    public int dropRatePercent() {
        return dropRatePercent;
    }

    public int duplicateNext() {
        return duplicateNext;
    }

    public int holdNext() {
        return holdNext;
    }

    public boolean dead() {
        return dead;
    }

    void setLatencyMs(long latencyMs) {
        this.latencyMs = latencyMs;
    }

    void setJitterMs(long jitterMs) {
        this.jitterMs = jitterMs;
    }

    void armDrop() {
        dropNext++;
    }

    void setDropRatePercent(int percent) {
        this.dropRatePercent = percent;
    }

    void armDuplicate() {
        duplicateNext++;
    }

    void armHold() {
        holdNext++;
    }

    void setDead(boolean dead) {
        this.dead = dead;
    }

    /** Back to a healthy link with the given latency: nothing armed, nothing lost, not cut. */
    void clear(long defaultLatencyMs) {
        latencyMs = defaultLatencyMs;
        jitterMs = 0;
        dropNext = 0;
        dropRatePercent = 0;
        duplicateNext = 0;
        holdNext = 0;
        dead = false;
    }

    boolean takeDrop() {
        if (dropNext > 0) {
            dropNext--;
            return true;
        }
        return false;
    }

    boolean takeDuplicate() {
        if (duplicateNext > 0) {
            duplicateNext--;
            return true;
        }
        return false;
    }

    boolean takeHold() {
        if (holdNext > 0) {
            holdNext--;
            return true;
        }
        return false;
    }
}
