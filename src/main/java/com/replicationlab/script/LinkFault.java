package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import java.util.List;

/** {@code drop next A->B}, {@code duplicate next A->B}, {@code hold next A->B}, {@code release A->B}. */
public record LinkFault(Kind kind, Link link) implements Action {

    public enum Kind { DROP_NEXT, DUPLICATE_NEXT, HOLD_NEXT, RELEASE }

    @Override
    public String text() {
        return Verbs.of(kind) + " " + link.text();
    }

    @Override
    public List<String> nodes() {
        return link.nodes();
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        switch (kind) {
            case DROP_NEXT -> lab.dropNext(link.from(), link.to());
            case DUPLICATE_NEXT -> lab.duplicateNext(link.from(), link.to());
            case HOLD_NEXT -> lab.holdNext(link.from(), link.to());
            case RELEASE -> lab.release(link.from(), link.to());
        }
        return Outcome.done("");
    }
}
