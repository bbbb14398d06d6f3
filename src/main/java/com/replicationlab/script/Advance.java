package com.replicationlab.script;

import com.replicationlab.lab.Lab;

import java.util.Locale;

/** {@code advance 1500ms}: run virtual time forward, every event due on the way. */
public record Advance(TimeSpan span) implements Action {

    @Override
    public String text() {
        return "advance " + span;
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        lab.advance(span.ms());
        return Outcome.done(String.format(Locale.ROOT, "virtual time is %.3f s", lab.elapsedMs() / 1000.0));
    }
}
