package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import com.replicationlab.server.config.ConfigNames;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code recovery resend|reconnect}: how every running node recovers lost stream bytes — the
 * master re-sends from its backlog, or the replica drops the link and reconnects with PSYNC.
 * A node that is down keeps its mode: CONFIG SET needs a running node.
 */
public record Recovery(String mode) implements Action {

    @Override
    public String text() {
        return "recovery " + mode;
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        List<String> changed = new ArrayList<>();
        for (String node : lab.nodeNames()) {
            if (lab.node(node).isUp()) {
                lab.config(node, ConfigNames.LOSS_RECOVERY, mode);
                changed.add(node);
            }
        }
        String nodes = String.join(", ", changed);
        return Outcome.done(Phrase.of(mode + " on " + nodes, "recoveryOn", mode, nodes));
    }
}
