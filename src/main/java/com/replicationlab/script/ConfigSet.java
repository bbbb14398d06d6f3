package com.replicationlab.script;

import java.util.List;

/** {@code config master min-replicas-to-write 2}: CONFIG SET on a node. */
public record ConfigSet(String node, String name, String value) implements Action {

    @Override
    public String text() {
        return "config " + node + " " + Quoting.arg(name) + " " + Quoting.arg(value);
    }

    @Override
    public List<String> nodes() {
        return List.of(node);
    }

    @Override
    public Outcome perform(Session session) {
        session.lab().config(node, name, value);
        return Outcome.done("OK");
    }
}
