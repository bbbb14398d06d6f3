package com.replicationlab.ui.session;

/**
 * What came of one action: whether the lab took it, and a detail (a reply, or why it was refused).
 * A problem of the window itself (not an action) has no action.
 */
public record ActionOutcome(LabAction action, boolean accepted, String detail) {
}
