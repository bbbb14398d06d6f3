package com.replicationlab.script;

import com.replicationlab.lab.Lab;

/** Hears what a session does: a trace printer, an action log view, a lesson's progress. */
public interface SessionListener {

    /** A fresh lab exists; its trace already holds the records of its start. */
    default void labStarted(Lab lab) {
    }

    /** An action is about to run (before a {@code cluster} action's lab starts). */
    default void actionStarting(Action action) {
    }

    default void actionFinished(Action action, Outcome outcome) {
    }
}
