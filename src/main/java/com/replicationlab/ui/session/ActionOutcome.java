package com.replicationlab.ui.session;

import com.replicationlab.lab.Wording;
import com.replicationlab.ui.i18n.I18n;

/**
 * What came of one action: whether the lab took it, and a detail (a reply, or why it was refused).
 * A problem of the window itself (not an action) has no action. A detail the window can say in
 * the user's language also has its wording (null otherwise: replies and errors are shown as
 * the server sent them).
 */
public record ActionOutcome(LabAction action, boolean accepted, String detail, Wording wording) {

    public ActionOutcome(LabAction action, boolean accepted, String detail) {
        this(action, accepted, detail, null);
    }

    /** The detail in the window's language where it has a wording, else as it is. */
    public String detail(I18n i18n) {
        return wording == null ? detail : i18n.get("outcome." + wording.key(), wording.args().toArray());
    }
}
