package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import java.util.List;

/**
 * {@code kill link X [Y]}, {@code heal link X [Y]}, {@code close link X [Y]}, {@code clear link X [Y]}
 * (every fault of the link removed, held packets released). With one node the
 * link is the one to its master, found when the action runs (the master may have changed).
 *
 * @param other the other end, or null for the node's master
 */
public record LinkChange(Kind kind, String node, String other) implements Action {

    public enum Kind { KILL, HEAL, CLOSE, CLEAR }

    @Override
    public String text() {
        return Verbs.of(kind) + " link " + node + (other == null ? "" : " " + other);
    }

    @Override
    public List<String> nodes() {
        return other == null ? List.of(node) : List.of(node, other);
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        String peer = other == null ? lab.upstreamOf(node) : other;
        switch (kind) {
            case KILL -> lab.killLink(node, peer);
            case HEAL -> lab.healLink(node, peer);
            case CLOSE -> lab.closeLink(node, peer);
            case CLEAR -> lab.clearFaults(node, peer);
        }
        return Outcome.done(node + "<->" + peer);
    }
}
