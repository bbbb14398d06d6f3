package com.replicationlab.server;

/** Counters INFO stats reports. */
public final class ServerStats {
    private long connectionsReceived;
    private long commandsProcessed;
    private long rejectedConnections;
    private long rejectedCalls;
    private long errorReplies;
    private long netInputBytes;

    void connectionReceived() {
        connectionsReceived++;
    }

    void commandProcessed() {
        commandsProcessed++;
    }

    void rejectedConnection() {
        rejectedConnections++;
    }

    void rejectedCall() {
        rejectedCalls++;
    }

    void errorReply() {
        errorReplies++;
    }

    void netInput(long bytes) {
        netInputBytes += bytes;
    }


    public long connectionsReceived() {
        return connectionsReceived;
    }

    public long commandsProcessed() {
        return commandsProcessed;
    }

    public long rejectedConnections() {
        return rejectedConnections;
    }

    public long rejectedCalls() {
        return rejectedCalls;
    }

    public long errorReplies() {
        return errorReplies;
    }

    public long netInputBytes() {
        return netInputBytes;
    }


    public void reset() {
        connectionsReceived = 0;
        commandsProcessed = 0;
        rejectedConnections = 0;
        rejectedCalls = 0;
        errorReplies = 0;
        netInputBytes = 0;
    }
}
