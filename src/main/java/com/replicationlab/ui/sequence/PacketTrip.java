package com.replicationlab.ui.sequence;

import com.replicationlab.lab.PacketKind;

/**
 * One packet's journey as the trace tells it: who sent it to whom, what it carried, when it left
 * and how its trip ended (when, and whether it arrived, was lost or thrown away), or that it is
 * still on its way.
 *
 * @param kind what the packet is, or null while the window has not learnt it
 * @param endMs when the trip ended, or -1 while the packet is in flight
 */
public record PacketTrip(long id, String from, String to, String label, PacketKind kind, long sentMs, long endMs,
                         Fate fate, boolean held) {

    public enum Fate { IN_FLIGHT, DELIVERED, LOST, DISCARDED }

    public boolean ended() {
        return fate != Fate.IN_FLIGHT;
    }

    PacketTrip ending(Fate how, long atMs) {
        return new PacketTrip(id, from, to, label, kind, sentMs, atMs, how, false);
    }

    PacketTrip holding(boolean nowHeld) {
        return new PacketTrip(id, from, to, label, kind, sentMs, endMs, fate, nowHeld);
    }

    PacketTrip knownAs(PacketKind known) {
        return new PacketTrip(id, from, to, label, known, sentMs, endMs, fate, held);
    }
}
