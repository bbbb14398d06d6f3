package com.replicationlab.command;

/** What the dispatcher needs to know about a command before running it (COMMAND shows them too). */
public enum CommandFlag {
    /** Changes the dataset: refused on a read-only replica and when min-replicas is not met. */
    WRITE("write"),
    /** Only reads the dataset. */
    READONLY("readonly"),
    /** May grow memory use. */
    DENYOOM("denyoom"),
    /** Server administration. */
    ADMIN("admin"),
    /** Constant or logarithmic time. */
    FAST("fast"),
    /** Allowed while the replica's data is stale (link down). */
    STALE("stale"),
    /** Allowed before AUTH. */
    NO_AUTH("no_auth"),
    /** Not allowed inside MULTI. */
    NO_MULTI("no_multi");

    private final String wireName;

    CommandFlag(String wireName) {
        this.wireName = wireName;
    }

    /** The name COMMAND replies with. */
    public String wireName() {
        return wireName;
    }
}
