package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabEvent;
import com.replicationlab.lab.Wording;

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
        LabEvent last = null;
        for (int ran = 0; ran < count; ran++) {
            LabEvent next = lab.nextEvent();
            if (next == null || !lab.step()) {
                return Outcome.done("ran " + ran + " of " + count + " events: no event is due");
            }
            last = next;
        }
        // The event as the lab says it: its wording, or its text where that is data.
        Object event = last.wording() != null ? last.wording() : last.description();
        if (count == 1) {
            return Outcome.done(new Phrase(last.description(), new Wording("stepped", event)));
        }
        return Outcome.done(Phrase.of("ran " + count + " events, the last: " + last.description(), "ranEvents",
                Integer.toString(count), event));
    }
}
