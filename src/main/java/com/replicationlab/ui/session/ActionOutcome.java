package com.replicationlab.ui.session;

import com.replicationlab.lab.Wording;

/**
 * What came of one action: whether the lab took it, and a detail (a reply, or why it was refused).
 * A problem of the window itself (not an action) has no action. A detail the window can say in
 * the user's language also has its wording (null otherwise: replies and errors are shown as
 * the server sent them), which {@link com.replicationlab.ui.EventWords#outcome} words.
 */
public record ActionOutcome(LabAction action, boolean accepted, String detail, Wording wording) {

    public ActionOutcome(LabAction action, boolean accepted, String detail) {
        this(action, accepted, detail, null);
    }
}
