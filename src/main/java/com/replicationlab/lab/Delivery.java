package com.replicationlab.lab;

/** A packet arriving at a channel (the lab's inbound message). */
record Delivery(Packet packet) {
}
