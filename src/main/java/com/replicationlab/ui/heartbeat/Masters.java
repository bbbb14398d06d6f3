package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;

import java.util.Comparator;
import java.util.Optional;

/** Which node of a snapshot the panels treat as "the master". */
public final class Masters {
    private Masters() {
    }

    /**
     * The running master: {@code preferred} when it is one (the user selected it), else the master
     * with the most replicas (after a failover the old master may briefly stand alone), else none.
     */
    public static Optional<NodeView> current(LabSnapshot snapshot, String preferred) {
        if (snapshot == null) {
            return Optional.empty();
        }
        Optional<NodeView> chosen = snapshot.nodes().stream()
                .filter(n -> n.up() && !n.replica() && n.name().equals(preferred)).findFirst();
        if (chosen.isPresent()) {
            return chosen;
        }
        return snapshot.nodes().stream().filter(n -> n.up() && !n.replica())
                .max(Comparator.comparingInt((NodeView n) -> n.replicas().size())
                        .thenComparing(n -> n.name().equals("master")));
    }
}
