package com.replicationlab.script;

/** What came of one action: done (with a detail such as a reply), or a check that passed or failed. */
public record Outcome(Status status, String detail) {

    public enum Status { DONE, PASSED, FAILED }

    static Outcome done(String detail) {
        return new Outcome(Status.DONE, detail);
    }

    static Outcome passed(String detail) {
        return new Outcome(Status.PASSED, detail);
    }

    static Outcome failed(String detail) {
        return new Outcome(Status.FAILED, detail);
    }

    static Outcome of(Check check) {
        return check.holds() ? passed(check.explanation()) : failed(check.explanation());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
