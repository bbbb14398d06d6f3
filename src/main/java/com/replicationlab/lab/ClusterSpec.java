package com.replicationlab.lab;

/**
 * What a fresh lab looks like: how many replicas, the links' latency, the seed of every random
 * choice, the backlog size, how a lost stream packet is recovered ("resend" or "reconnect"), and
 * the master's port (replica-N listens on the port N above it).
 */
public record ClusterSpec(int replicas, long latencyMs, long seed, long backlogBytes, String lossRecovery,
                          int basePort) {
    public static final int MAX_REPLICAS = 8;
    public static final int DEFAULT_BASE_PORT = 6379;

    /** Nodes on the usual ports: the master on 6379, replica-N on 6379 + N. */
    public ClusterSpec(int replicas, long latencyMs, long seed, long backlogBytes, String lossRecovery) {
        this(replicas, latencyMs, seed, backlogBytes, lossRecovery, DEFAULT_BASE_PORT);
    }

    public ClusterSpec {
        if (basePort < 1 || basePort + replicas > 65535) {
            throw new LabException("ports " + basePort + ".." + (basePort + replicas) + " are not all valid");
        }
        if (replicas < 0 || replicas > MAX_REPLICAS) {
            throw new LabException("replicas must be between 0 and " + MAX_REPLICAS + ": " + replicas);
        }
        if (latencyMs < 0) {
            throw new LabException("latency cannot be negative: " + latencyMs);
        }
        if (!lossRecovery.equals("resend") && !lossRecovery.equals("reconnect")) {
            throw new LabException("recovery must be resend or reconnect: " + lossRecovery);
        }
    }

    /** A master and two replicas, 50 ms links, seed 42, a 1 MB backlog, re-sending lost bytes. */
    public static ClusterSpec defaults() {
        return new ClusterSpec(2, 50, 42, 1024 * 1024, "resend");
    }
}
