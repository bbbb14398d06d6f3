package com.replicationlab.script;

import java.util.ArrayList;
import java.util.List;

/** The actions of a session as lines of the language: save it, and it replays the session. */
public final class ActionLog {
    private final List<Action> actions = new ArrayList<>();

    void add(Action action) {
        actions.add(action);
    }

    public List<Action> actions() {
        return List.copyOf(actions);
    }

    public List<String> lines() {
        return actions.stream().map(Action::text).toList();
    }

    /** The log as a script file: one action a line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Action action : actions) {
            out.append(action.text()).append('\n');
        }
        return out.toString();
    }
}
