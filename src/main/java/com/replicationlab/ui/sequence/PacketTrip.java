package com.replicationlab.ui.sequence;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.Wording;

/**
 * One packet's journey as the trace tells it: who sent it to whom, what it carried, when it left
 * and how its trip ended (when, and whether it arrived, was lost or thrown away), or that it is
 * still on its way.
 *
 * @param labelWording the label's words for the window's language, or null when it is data only
 * @param kind what the packet is, or null while the window has not learnt it
 * @param endMs when the trip ended, or -1 while the packet is in flight
 */
public record PacketTrip(long id, String from, String to, String label, Wording labelWording, PacketKind kind,
                         long sentMs, long endMs, Fate fate, boolean held) {

    public enum Fate { IN_FLIGHT, DELIVERED, LOST, DISCARDED }

    public boolean ended() {
        return fate != Fate.IN_FLIGHT;
    }

    PacketTrip ending(Fate how, long atMs) {
        return new PacketTrip(id, from, to, label, labelWording, kind, sentMs, atMs, how, false);
    }

    PacketTrip holding(boolean nowHeld) {
        return new PacketTrip(id, from, to, label, labelWording, kind, sentMs, endMs, fate, nowHeld);
    }

    PacketTrip knownAs(PacketKind known) {
        return new PacketTrip(id, from, to, label, labelWording, known, sentMs, endMs, fate, held);
    }
}
