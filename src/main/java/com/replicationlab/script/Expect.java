package com.replicationlab.script;

import java.util.List;

/** {@code expect replica-1.offset == master.offset}: check fields now. */
public record Expect(Comparison comparison) implements Action {

    @Override
    public String text() {
        return "expect " + comparison.text();
    }

    @Override
    public List<String> nodes() {
        return comparison.nodes();
    }

    @Override
    public Outcome perform(Session session) {
        return Outcome.of(comparison.check(session.lab()));
    }

    @Override
    public boolean isCheck() {
        return true;
    }
}
