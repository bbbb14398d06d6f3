package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabEvent;

/** {@code step} or {@code step N}: run exactly the next event (or N events), whenever they are due. */
public record Step(int count) implements Action {
    public static final int MAX_COUNT = 1_000_000;

    @Override
    public String text() {
        return count == 1 ? "step" : "step " + count;
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        String last = "";
        for (int ran = 0; ran < count; ran++) {
            LabEvent next = lab.nextEvent();
            if (next == null || !lab.step()) {
                return Outcome.done("ran " + ran + " of " + count + " events: no event is due");
            }
            last = next.description();
        }
        return Outcome.done(count == 1 ? last : "ran " + count + " events, the last: " + last);
    }
}
