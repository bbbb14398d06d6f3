package com.replicationlab.lab;

/** A packet on its way, as viewers see it: whether it will be lost, whether it is held. */
public record InFlightPacket(Packet packet, boolean willBeLost, boolean held) {
}
