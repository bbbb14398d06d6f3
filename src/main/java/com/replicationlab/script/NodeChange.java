package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import java.util.List;

/** {@code crash X}, {@code restart X}, {@code promote X}. */
public record NodeChange(Kind kind, String node) implements Action {

    public enum Kind { CRASH, RESTART, PROMOTE }

    @Override
    public String text() {
        return Verbs.of(kind) + " " + node;
    }

    @Override
    public List<String> nodes() {
        return List.of(node);
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        switch (kind) {
            case CRASH -> lab.crash(node);
            case RESTART -> lab.restart(node);
            case PROMOTE -> lab.promote(node);
        }
        return Outcome.done("");
    }
}
