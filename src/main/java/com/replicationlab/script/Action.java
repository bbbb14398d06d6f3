package com.replicationlab.script;

import java.util.List;

/**
 * One thing a user can do to the lab, as one line of the action language. {@link #text()} prints
 * the line, and parsing that line gives back an equal action, so logs save and replay exactly.
 */
public sealed interface Action permits Cluster, NodeCommand, ConfigSet, LinkFault, DropRate, LinkTiming,
        LinkChange, NodeChange, PacketByHand, Advance, Step, Recovery, Expect, ExpectReply, RunUntil {

    String text();

    /** The nodes the action names; a session refuses an action naming a node its lab does not have. */
    default List<String> nodes() {
        return List.of();
    }

    /** Carries the action out on the session's lab. May throw LabException: the session reports it. */
    Outcome perform(Session session);

    /** Checks (expect, run until) count as expectations in reports. */
    default boolean isCheck() {
        return false;
    }
}
