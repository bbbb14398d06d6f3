package com.replicationlab.ui;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;

import java.util.Arrays;

/** A snapshot written out in full (byte arrays by content), so two snapshots compare exactly (here and in ui.session). */
public final class SnapshotText {
    private SnapshotText() {
    }

    public static String of(LabSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append(snapshot.timeMs()).append(' ').append(snapshot.eventsRun()).append(' ').append(snapshot.nextEvent())
                .append('\n');
        for (NodeView node : snapshot.nodes()) {
            out.append(node.name()).append(' ').append(node.up()).append(' ').append(node.linkState()).append(' ')
                    .append(node.replid()).append(' ').append(node.offset()).append(' ').append(node.keyCount())
                    .append(' ').append(node.replicas()).append(' ').append(node.keys()).append(' ')
                    .append(node.goodReplicas()).append(' ').append(node.writesAllowed()).append('\n')
                    .append(node.infoReplication()).append('\n').append(backlog(node.backlog())).append('\n');
        }
        snapshot.links().forEach(link -> out.append(link).append('\n'));
        for (PacketView p : snapshot.packets()) {
            out.append(p.id()).append(' ').append(p.from()).append("->").append(p.to()).append(' ').append(p.label())
                    .append(' ').append(p.sentMs()).append(' ').append(p.dueMs()).append(' ').append(p.willBeLost())
                    .append(' ').append(p.held()).append(' ').append(Arrays.toString(p.bytes())).append('\n');
        }
        return out.toString();
    }

    private static String backlog(BacklogView backlog) {
        return backlog == null ? "no backlog" : backlog.sizeBytes() + " " + backlog.firstByteOffset() + " "
                + backlog.histlen() + " " + backlog.masterOffset() + " " + Arrays.toString(backlog.writeStarts()) + " "
                + Arrays.toString(Arrays.copyOfRange(backlog.stream(), backlog.streamStart(),
                backlog.streamStart() + (int) backlog.histlen()));
    }
}
