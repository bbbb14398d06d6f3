package com.replicationlab.lab;

/** A packet on its way, and what will become of it. */
final class InFlight {
    enum Fate { DELIVER, LOSE }

    final Packet packet;
    final LabChannel target;
    final Fate fate;
    /** Why it will be lost, or null if it will arrive. */
    final Loss loss;
    boolean held;
    LabEvent event;
    /** Its neighbours in the {@link FlightLine}, which alone sets them. */
    InFlight previous;
    InFlight next;

    InFlight(Packet packet, LabChannel target, Fate fate, Loss loss) {
        this.packet = packet;
        this.target = target;
        this.fate = fate;
        this.loss = loss;
    }
}
