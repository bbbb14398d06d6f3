package com.replicationlab.script;

import com.replicationlab.lab.LabException;
import com.replicationlab.lab.Wording;
import com.replicationlab.resp.RespValue;

/**
 * What came of one action: done (with a detail such as a reply), or a check that passed or failed.
 * A command's outcome also keeps the reply itself, for printing it in other forms; an outcome the
 * window may show in another language keeps its detail's wording.
 */
public record Outcome(Status status, String detail, RespValue reply, Wording wording) {

    public enum Status { DONE, PASSED, FAILED }

    public Outcome(Status status, String detail) {
        this(status, detail, null, null);
    }

    public Outcome(Status status, String detail, RespValue reply) {
        this(status, detail, reply, null);
    }

    static Outcome done(String detail) {
        return new Outcome(Status.DONE, detail);
    }

    static Outcome replied(RespValue reply) {
        return new Outcome(Status.DONE, ReplyText.format(reply), reply);
    }

    static Outcome passed(String detail) {
        return new Outcome(Status.PASSED, detail);
    }

    static Outcome failed(String detail) {
        return new Outcome(Status.FAILED, detail);
    }

    static Outcome done(Phrase detail) {
        return new Outcome(Status.DONE, detail.text(), null, detail.wording());
    }

    static Outcome passed(Phrase detail) {
        return new Outcome(Status.PASSED, detail.text(), null, detail.wording());
    }

    static Outcome failed(Phrase detail) {
        return new Outcome(Status.FAILED, detail.text(), null, detail.wording());
    }

    /** The lab refused the action: its reason, worded where the lab words it. */
    static Outcome refused(LabException refusal) {
        return new Outcome(Status.FAILED, refusal.getMessage(), null, refusal.wording());
    }

    static Outcome of(Check check) {
        return check.holds() ? passed(check.explanation()) : failed(check.explanation());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
