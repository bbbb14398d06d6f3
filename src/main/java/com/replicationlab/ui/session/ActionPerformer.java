package com.replicationlab.ui.session;

import com.replicationlab.lab.Lab;

/**
 * Carries an action out on the lab (on the lab thread). The one place that decides how a line of
 * the action language becomes a change to the lab.
 */
@FunctionalInterface
public interface ActionPerformer {

    /** Returns the action's result in words; throws LabException when the lab refuses it. */
    String perform(Lab lab, LabAction action);

    /** Applies the action's own effect to the lab. */
    static ActionPerformer direct() {
        return (lab, action) -> action.effect().apply(lab);
    }
}
