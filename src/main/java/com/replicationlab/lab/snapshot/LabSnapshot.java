package com.replicationlab.lab.snapshot;

import com.replicationlab.lab.Wording;

import java.util.List;

/**
 * Everything a viewer needs at one moment of a lab, immutable: the nodes with their offsets and
 * backlogs, the links with their faults, and the packets in flight. Views draw snapshots; they
 * never touch engine objects.
 *
 * @param timeMs virtual milliseconds since the lab started
 * @param eventsRun how many events have run (the step number)
 * @param nextEvent what the next step would do, or "" when nothing is scheduled
 * @param nextEventWording the same as a message key and arguments, for the window's language; null
 *                         when nothing is scheduled
 */
public record LabSnapshot(long timeMs, long eventsRun, List<NodeView> nodes, List<LinkView> links,
                          List<PacketView> packets, String nextEvent, Wording nextEventWording) {

    public NodeView node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }
}
