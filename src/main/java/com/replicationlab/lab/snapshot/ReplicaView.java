package com.replicationlab.lab.snapshot;

/**
 * A replica as its master sees it: state, last acknowledged offset, lag in whole seconds (as INFO
 * shows it) and exact milliseconds since its last ACK (for drawing the heartbeat).
 */
public record ReplicaView(String name, String state, long ackOffset, long lagSeconds, long msSinceAck) {
}
