package com.replicationlab.script;

import java.util.List;

/** A parsed script: its actions in order, each with where it was written. */
public record Script(String file, List<Statement> statements) {

    public Script {
        statements = List.copyOf(statements);
    }

    public List<Action> actions() {
        return statements.stream().map(Statement::action).toList();
    }
}
