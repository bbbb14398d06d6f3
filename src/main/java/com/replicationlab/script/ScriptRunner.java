package com.replicationlab.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a whole script in a fresh session, as fast as the events go (virtual time). A failed line
 * does not stop the run: later expectations still say how far things got, the way a test runner
 * reports every failure rather than the first.
 */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    public static RunReport run(Script script, SessionListener... listeners) {
        Session session = new Session();
        for (SessionListener listener : listeners) {
            session.addListener(listener);
        }
        List<StatementResult> results = new ArrayList<>();
        for (Statement statement : script.statements()) {
            results.add(new StatementResult(statement, session.perform(statement.action())));
        }
        return new RunReport(script.file(), results);
    }
}
