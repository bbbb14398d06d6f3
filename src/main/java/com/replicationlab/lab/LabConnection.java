package com.replicationlab.lab;

/** A connection between two nodes in the lab: the connecting end and the accepting end. */
final class LabConnection {
    private final long id;
    private final LabChannel connecting;
    private final LabChannel accepting;
    /** Due time of the last packet each way, so packets arrive in the order sent (as on TCP). */
    private long lastDueToAccepting;
    private long lastDueToConnecting;
    private boolean reset;

    LabConnection(long id, LabChannel connecting, LabChannel accepting) {
        this.id = id;
        this.connecting = connecting;
        this.accepting = accepting;
        connecting.attach(this);
        accepting.attach(this);
    }

    long id() {
        return id;
    }

    LabChannel connecting() {
        return connecting;
    }

    LabChannel accepting() {
        return accepting;
    }

    LabChannel peerOf(LabChannel end) {
        return end == connecting ? accepting : connecting;
    }

    boolean involves(String node) {
        return connecting.node().equals(node) || accepting.node().equals(node);
    }

    /** The due time for a packet sent from {@code from}, no earlier than the one before it. */
    long fifoDue(LabChannel from, long due) {
        if (from == connecting) {
            lastDueToAccepting = Math.max(due, lastDueToAccepting);
            return lastDueToAccepting;
        }
        lastDueToConnecting = Math.max(due, lastDueToConnecting);
        return lastDueToConnecting;
    }

    /** Both ends closed at once (close link): no FIN travels. */
    void markReset() {
        reset = true;
    }

    boolean wasReset() {
        return reset;
    }

    boolean isOpen() {
        return connecting.isOpen() || accepting.isOpen();
    }
}
