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
        String seconds = String.format(Locale.ROOT, "%.3f", lab.elapsedMs() / 1000.0);
        return Outcome.done(Phrase.of("virtual time is " + seconds + " s", "advanced", seconds));
    }
}
