package com.replicationlab.script;

/** What came of one line of a script. */
public record StatementResult(Statement statement, Outcome outcome) {

    /** "scenarios/lost.lab:12: expect replica-1.offset == master.offset — replica-1.offset is 200, ...". */
    public String describe() {
        String detail = outcome.detail();
        return statement.position().fileAndLine() + ": " + statement.action().text()
                + (detail.isEmpty() ? "" : " — " + detail);
    }
}
