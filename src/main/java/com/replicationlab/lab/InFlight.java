package com.replicationlab.lab;

/**
 * A packet on its way, and what will become of it. It is also what its pending event says,
 * "deliver #12 …" or "lose #12 …", worded only when read like the packet's other words: a
 * description of their own for every packet's event was garbage on the lab's busiest path.
 */
final class InFlight implements Words {
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

    @Override
    public String text() {
        return nextEvent().text();
    }

    @Override
    public Wording wording() {
        return nextEvent().wording();
    }

    private PacketWords nextEvent() {
        return fate == Fate.DELIVER ? PacketWords.deliver(packet) : PacketWords.lose(packet);
    }
}
