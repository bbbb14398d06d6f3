package com.replicationlab.lesson;

import com.replicationlab.script.Session;
import com.replicationlab.script.Statement;
import com.replicationlab.script.StatementResult;

import java.util.ArrayList;
import java.util.List;

/** Performs a block's actions one by one through a session, like a script: a failure does not stop the rest. */
final class Performing {
    private Performing() {
    }

    static List<StatementResult> perform(List<Statement> statements, Session session) {
        List<StatementResult> results = new ArrayList<>();
        for (Statement statement : statements) {
            results.add(new StatementResult(statement, session.perform(statement.action())));
        }
        return List.copyOf(results);
    }

    static List<String> texts(List<Statement> statements) {
        return statements.stream().map(s -> s.action().text()).toList();
    }
}
