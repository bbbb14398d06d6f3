package com.replicationlab.lab;

/** What a trace record is about. */
public enum TraceKind {
    /** A user action (a line of the action language). */
    ACTION,
    /** A packet left a node. */
    SENT,
    /** A packet arrived. */
    DELIVERED,
    /** A packet was lost on the way (a fault). */
    DROPPED,
    /** A packet arrived but was thrown away: duplicate bytes, a closed connection. */
    DISCARDED,
    /** A packet was held in flight, or released. */
    HELD,
    /** A node's timer fired. */
    TIMER,
    /** A command ran on a node for a client. */
    COMMAND,
    /** A node's own log line: a state change in its words. */
    NODE,
    /** A link or node fault changed. */
    FAULT,
    /** An expectation was checked. */
    EXPECT
}
