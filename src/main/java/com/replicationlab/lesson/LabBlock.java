package com.replicationlab.lesson;

import com.replicationlab.script.Session;
import com.replicationlab.script.Statement;
import com.replicationlab.script.StatementResult;

import java.util.List;

/** {@code lab}: actions of the action language, run when the student reaches the block. */
public record LabBlock(int line, List<Statement> actions) implements Block {

    public LabBlock {
        actions = List.copyOf(actions);
    }

    @Override
    public String kind() {
        return "lab";
    }

    /** The actions as lines of the action language, to show what runs. */
    public List<String> lines() {
        return Performing.texts(actions);
    }

    public List<StatementResult> run(Session session) {
        return Performing.perform(actions, session);
    }
}
