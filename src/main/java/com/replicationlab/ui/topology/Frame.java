package com.replicationlab.ui.topology;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything placed for one frame: the snapshot, the virtual time drawn, the cards where they are
 * shown, the links between them and where each packet is. Hit tests read the last frame drawn.
 */
final class Frame {
    private static final double LANE_SPREAD = 7;

    final LabSnapshot snapshot;
    final double timeMs;
    final double unit;
    final Map<String, Box> cards;
    final List<LinkLine> links = new ArrayList<>();
    /** Each link by its sender and receiver, both ways: every packet of every frame looks up its link. */
    private final Map<String, Map<String, LinkLine>> linksByEnds = new HashMap<>();

    /**
     * @param masters each replica's master, remembered while it is down (its snapshot says none)
     */
    Frame(LabSnapshot snapshot, double timeMs, double unit, Map<String, Box> cards, Map<String, String> masters) {
        this.snapshot = snapshot;
        this.timeMs = timeMs;
        this.unit = unit;
        this.cards = cards;
        for (NodeView node : snapshot.nodes()) {
            // A node that is down still shows the link it had; a running master (a promoted replica) has none.
            String master = node.masterName() != null ? node.masterName() : node.up() ? null : masters.get(node.name());
            if (master != null && cards.containsKey(master) && cards.containsKey(node.name())) {
                links.add(link(master, node.name(), node.masterName() != null));
            }
        }
        for (LinkLine link : links) {
            // The first link drawn between two nodes is the one their packets travel.
            linksByEnds.computeIfAbsent(link.master(), k -> new HashMap<>()).putIfAbsent(link.replica(), link);
            linksByEnds.computeIfAbsent(link.replica(), k -> new HashMap<>()).putIfAbsent(link.master(), link);
        }
    }

    private LinkLine link(String master, String replica, boolean current) {
        Box from = cards.get(master);
        Box to = cards.get(replica);
        List<String> followers = cards.keySet().stream()
                .filter(n -> !n.equals(master)).sorted(Comparator.comparingDouble(n -> cards.get(n).x())).toList();
        int index = followers.indexOf(replica);
        double x1 = from.x() + from.w() * (index + 1) / (followers.size() + 1);
        double y1 = from.bottom();
        double x2 = to.centreX();
        double y2 = to.y();
        if (to.y() < from.y()) {
            // The master sits below (a chain after failover): leave from its top edge instead.
            y1 = from.y();
            y2 = to.bottom();
        }
        Lane centre = new Lane(master, replica, x1, y1, x2, y2);
        double dx = centre.normalX() * LANE_SPREAD * unit;
        double dy = centre.normalY() * LANE_SPREAD * unit;
        // Travelling down, the left of the lane is the right of the screen: down on screen-left, up on screen-right.
        Lane down = new Lane(master, replica, x1 - dx, y1 - dy, x2 - dx, y2 - dy);
        Lane up = new Lane(replica, master, x2 + dx, y2 + dy, x1 + dx, y1 + dy);
        return new LinkLine(master, replica, down, up, current);
    }

    /**
     * Which way labels of a lane go: away from the master's centre, so labels of neighbouring
     * links do not meet between them (a link straight below the master uses its lane's side).
     */
    int outwards(LinkLine link, Lane lane) {
        Box master = cards.get(link.master());
        double dx = link.down().xAt(0.5) - master.centreX();
        if (Math.abs(dx) > 20 * unit) {
            return dx < 0 ? -1 : 1;
        }
        return lane == link.down() ? -1 : 1;
    }

    LinkLine linkOf(String from, String to) {
        Map<String, LinkLine> fromSender = linksByEnds.get(from);
        return fromSender == null ? null : fromSender.get(to);
    }

    /** Where a packet is along its lane (0 at the sender, 1 at the receiver); held packets wait half way. */
    double progress(PacketView packet) {
        if (packet.held()) {
            return 0.5;
        }
        double span = Math.max(1, packet.dueMs() - packet.sentMs());
        double t = (timeMs - packet.sentMs()) / span;
        // A packet that will be lost vanishes half way (the lab loses it there).
        return Math.max(0, Math.min(packet.willBeLost() ? 0.5 : 1, t));
    }
}
