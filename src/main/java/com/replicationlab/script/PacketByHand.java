package com.replicationlab.script;

import com.replicationlab.lab.Lab;

/** {@code deliver packet N}, {@code drop packet N}, {@code hold packet N}, {@code duplicate packet N}: step mode's hands. */
public record PacketByHand(Kind kind, long packetId) implements Action {

    public enum Kind { DELIVER, DROP, HOLD, DUPLICATE }

    @Override
    public String text() {
        return Verbs.of(kind) + " packet " + packetId;
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        switch (kind) {
            case DELIVER -> lab.deliverPacket(packetId);
            case DROP -> lab.dropPacket(packetId);
            case HOLD -> lab.holdPacket(packetId);
            case DUPLICATE -> lab.duplicatePacket(packetId);
        }
        return Outcome.done("");
    }
}
