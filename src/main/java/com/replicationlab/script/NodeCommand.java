package com.replicationlab.script;

import java.util.List;

/** {@code master> SET key value}: a command on a node, as redis-cli on that machine would send it. */
public record NodeCommand(String node, List<String> args) implements Action {

    public NodeCommand {
        args = List.copyOf(args);
    }

    @Override
    public String text() {
        return node + "> " + Quoting.args(args);
    }

    @Override
    public List<String> nodes() {
        return List.of(node);
    }

    @Override
    public Outcome perform(Session session) {
        return Outcome.replied(session.lab().command(node, args));
    }
}
