package com.replicationlab.server;

/** What is on the other end of a connection, as CLIENT LIST's flags show it. */
public enum ClientKind {
    /** An ordinary client (flag N). */
    NORMAL("N"),
    /** A replica of this node that has sent SYNC or PSYNC (flag S). */
    REPLICA("S"),
    /** This node's own link to its master, whose stream it applies (flag M). */
    MASTER("M");

    private final String flag;

    ClientKind(String flag) {
        this.flag = flag;
    }

    public String flag() {
        return flag;
    }
}
