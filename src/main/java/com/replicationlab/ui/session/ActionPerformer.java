package com.replicationlab.ui.session;

import com.replicationlab.lab.Lab;

/**
 * Carries an action out on the lab (on the lab thread): the one place that decides how a line of
 * the action language becomes a change to the lab.
 */
@FunctionalInterface
public interface ActionPerformer {

    /** Performs the action; a refused one (unreadable, or the lab says no) changes nothing. */
    ActionOutcome perform(Lab lab, LabAction action);
}
