package com.replicationlab.ui.eventlog;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;

import java.util.function.Predicate;

/**
 * Which trace records the event log shows: those of one node (or all), of one kind (or all).
 * A record names the node it happened on; a packet's record names both ends in its text, so a
 * node's filter keeps the packets it sent and the ones it received.
 */
record EventFilter(String node, TraceKind kind) implements Predicate<TraceRecord> {

    static final EventFilter ALL = new EventFilter(null, null);

    EventFilter withNode(String newNode) {
        return new EventFilter(newNode, kind);
    }

    EventFilter withKind(TraceKind newKind) {
        return new EventFilter(node, newKind);
    }

    @Override
    public boolean test(TraceRecord record) {
        return (kind == null || record.kind() == kind) && (node == null || concerns(record));
    }

    private boolean concerns(TraceRecord record) {
        if (node.equals(record.node())) {
            return true;
        }
        // "#12 master->replica-1 SET ..." — the ends of a packet, with exact names, not prefixes (replica-1 vs replica-10).
        return record.packetId() > 0 && (record.text().contains(" " + node + "->") || record.text().contains("->" + node + " "));
    }
}
