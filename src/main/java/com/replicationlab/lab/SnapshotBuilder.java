package com.replicationlab.lab;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.LinkView;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.lab.snapshot.ReplicaView;
import com.replicationlab.replication.MasterSide;
import com.replicationlab.replication.ReplicaHandle;
import com.replicationlab.replication.ReplicationBacklog;
import com.replicationlab.server.InfoReport;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.ConfigNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the lab's state into an immutable snapshot, on the lab thread. One builder serves a lab
 * for its whole life: it keeps each node's listed keys from one snapshot to the next.
 */
final class SnapshotBuilder {
    private final Lab lab;
    /** Per node name, the keys its last snapshot listed. */
    private final Map<String, KeyListing> keyListings = new HashMap<>();
    /** Per master's name, its backlog's bytes as its snapshots share them. */
    private final Map<String, BacklogCopy> backlogCopies = new HashMap<>();

    SnapshotBuilder(Lab lab) {
        this.lab = lab;
    }

    LabSnapshot build() {
        List<String> names = lab.nodeNames();
        keyListings.keySet().retainAll(names);
        backlogCopies.keySet().retainAll(names);
        List<NodeView> nodes = names.stream().map(this::node).toList();
        List<LinkView> links = new ArrayList<>();
        lab.linkStates().forEach((direction, faults) -> {
            String[] ends = direction.split("->");
            links.add(new LinkView(ends[0], ends[1], faults.latencyMs(), faults.jitterMs(), faults.dead(),
                    faults.dropRatePercent(), faults.dropNext(), faults.duplicateNext(), faults.holdNext()));
        });
        List<PacketView> packets = lab.packetsInFlight().stream().map(SnapshotBuilder::packet).toList();
        LabEvent next = lab.nextEvent();
        return new LabSnapshot(lab.elapsedMs(), lab.eventsRun(), nodes, links, packets,
                next == null ? "" : next.description(), next == null ? null : next.wording());
    }

    private static PacketView packet(InFlightPacket flight) {
        Packet p = flight.packet();
        return new PacketView(p.id(), p.from(), p.to(), p.kind(), p.label(), p.labelWording(), p.sentMs(), p.dueMs(),
                flight.willBeLost(), flight.held(), p.size(), p.streamFirst(), p.bytes());
    }

    private NodeView node(String name) {
        LabNode labNode = lab.node(name);
        if (!labNode.isUp()) {
            keyListings.remove(name);
            backlogCopies.remove(name);
            return new NodeView(name, labNode.port(), false, false, null, "none", "", "", 0, 0, -1, List.of(), null,
                    0, 0, 0, true, List.of(), "");
        }
        RedisNode redis = labNode.redis();
        MasterSide master = redis.masterSide();
        boolean replica = redis.isReplica();
        long offset = replica ? redis.replicaSide().replOffset() : master.masterReplOffset();
        return new NodeView(name, labNode.port(), true, replica, lab.masterOf(name),
                replica ? redis.replicaSide().state().roleName() : "none",
                master.ids().replid(), master.ids().replid2(), offset, redis.keyspace().totalKeys(),
                replica ? redis.replicaSide().lastIoSecondsAgo() : -1,
                replicas(redis), backlog(name, replica, master.backlog()),
                redis.config().getInt(ConfigNames.MIN_REPLICAS_TO_WRITE),
                redis.config().getInt(ConfigNames.MIN_REPLICAS_MAX_LAG), master.goodReplicas(),
                replica || master.writesAllowed(),
                keyListings.computeIfAbsent(name, n -> new KeyListing()).views(redis.keyspace(), redis.clock().nowMs()),
                new InfoReport(redis).render(List.of("replication")));
    }

    private List<ReplicaView> replicas(RedisNode redis) {
        MasterSide master = redis.masterSide();
        long now = redis.clock().nowMs();
        List<ReplicaView> views = new ArrayList<>();
        for (ReplicaHandle handle : master.replicas()) {
            String name = lab.nodeNameAtPort(handle.listeningPort());
            views.add(new ReplicaView(name == null ? handle.ip() + ":" + handle.listeningPort() : name,
                    handle.state().infoName(), handle.ackOffset(), master.lagSeconds(handle), now - handle.ackTimeMs()));
        }
        return views;
    }

    /**
     * A master's backlog. A replica's is left out: the window shows only masters' backlogs, and
     * copying nine 1 MB rings and their write starts at display rate was a fifth of all the window's
     * JVM allocated (JFR, bench window with 8 replicas).
     */
    private BacklogView backlog(String name, boolean replica, ReplicationBacklog backlog) {
        if (replica || backlog == null) {
            backlogCopies.remove(name);
            return null;
        }
        return backlogCopies.computeIfAbsent(name, n -> new BacklogCopy()).view(backlog);
    }
}
