package com.replicationlab.lab;

/** A packet on its way, and what will become of it. */
final class InFlight {
    enum Fate { DELIVER, LOSE }

    final Packet packet;
    final LabChannel target;
    final Fate fate;
    final String lossReason;
    boolean held;
    LabEvent event;

    InFlight(Packet packet, LabChannel target, Fate fate, String lossReason) {
        this.packet = packet;
        this.target = target;
        this.fate = fate;
        this.lossReason = lossReason;
    }
}
