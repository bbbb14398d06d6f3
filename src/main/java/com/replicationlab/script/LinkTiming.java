package com.replicationlab.script;

import java.util.List;

/** {@code delay A->B 500ms} (latency of one direction) and {@code jitter A->B 20ms} (random extra, seeded). */
public record LinkTiming(Kind kind, Link link, TimeSpan span) implements Action {

    public enum Kind { DELAY, JITTER }

    @Override
    public String text() {
        return Verbs.of(kind) + " " + link.text() + " " + span;
    }

    @Override
    public List<String> nodes() {
        return link.nodes();
    }

    @Override
    public Outcome perform(Session session) {
        if (kind == Kind.DELAY) {
            session.lab().delay(link.from(), link.to(), span.ms());
        } else {
            session.lab().jitter(link.from(), link.to(), span.ms());
        }
        return Outcome.done("");
    }
}
