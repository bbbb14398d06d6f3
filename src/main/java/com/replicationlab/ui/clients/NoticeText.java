package com.replicationlab.ui.clients;

import com.replicationlab.ui.backlog.StreamCommand;
import com.replicationlab.ui.heartbeat.ReplicaHealth;
import com.replicationlab.ui.i18n.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A notice in words: a headline and the lines that explain it. */
final class NoticeText {
    private NoticeText() {
    }

    static String title(ClientNotice notice, I18n i18n) {
        String at = seconds(notice.atMs());
        if (notice instanceof ClientNotice.Refused refused) {
            return i18n.get("clients.refused.title", at, refused.node(), refused.command());
        }
        if (notice instanceof ClientNotice.WaitAnswered wait) {
            return i18n.get("clients.wait.title", at, wait.node(), wait.command(), Long.toString(wait.reply()));
        }
        ClientNotice.WritesLost lost = (ClientNotice.WritesLost) notice;
        return lost.writes().isEmpty() && lost.oldMasterOffset() <= lost.promotedOffset()
                ? i18n.get("clients.lost.none.title", at, lost.promoted())
                : i18n.get("clients.lost.title", at, lost.promoted(), lost.writes().size());
    }

    static List<String> lines(ClientNotice notice, I18n i18n) {
        List<String> lines = new ArrayList<>();
        if (notice instanceof ClientNotice.Refused refused) {
            lines.add(i18n.get("clients.refused.why", refused.minReplicasToWrite(), refused.goodReplicas(),
                    Integer.toString(refused.maxLagSeconds())));
            for (ReplicaHealth replica : refused.replicas()) {
                String ago = String.format(Locale.ROOT, "%.1f", replica.msSinceAck() / 1000.0);
                lines.add(replica.good()
                        ? i18n.get("clients.refused.good", replica.name(), ago)
                        : replica.state().equals("online")
                        ? i18n.get("clients.refused.late", replica.name(), ago, Long.toString(replica.lagSeconds()),
                                Integer.toString(refused.maxLagSeconds()))
                        : i18n.get("clients.refused.state", replica.name(), replica.state(), ago));
            }
            refused.notConnected().forEach(name -> lines.add(i18n.get("clients.refused.absent", name)));
        } else if (notice instanceof ClientNotice.WaitAnswered wait) {
            lines.add(i18n.get("clients.wait.why", seconds(wait.startMs()), Long.toString(wait.targetOffset()),
                    Long.toString(wait.atMs() - wait.startMs()), Long.toString(wait.reply()), Long.toString(wait.wanted())));
            for (ClientNotice.WaitReplica replica : wait.replicas()) {
                lines.add(replica.already() ? i18n.get("clients.wait.already", replica.name())
                        : replica.satisfiedAtMs() >= 0
                        ? i18n.get("clients.wait.acked", replica.name(), seconds(replica.satisfiedAtMs()),
                                Long.toString(replica.satisfiedAtMs() - wait.startMs()))
                        : i18n.get("clients.wait.late", replica.name(), Long.toString(replica.lastAck())));
            }
        } else {
            ClientNotice.WritesLost lost = (ClientNotice.WritesLost) notice;
            if (lost.oldMasterOffset() <= lost.promotedOffset()) {
                lines.add(i18n.get("clients.lost.none", lost.promoted(), lost.oldMaster(),
                        Long.toString(lost.promotedOffset())));
                return lines;
            }
            lines.add(i18n.get("clients.lost.why", lost.oldMaster(), Long.toString(lost.oldMasterOffset()), lost.promoted(),
                    Long.toString(lost.promotedOffset()), Long.toString(lost.oldMasterOffset() - lost.promotedOffset())));
            for (StreamCommand write : lost.writes()) {
                lines.add(i18n.get("clients.lost.write", Long.toString(write.first()), Long.toString(write.last()),
                        write.label()));
            }
            if (!lost.bytesHeld()) {
                lines.add(i18n.get("clients.lost.gone"));
            }
        }
        return lines;
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }
}
