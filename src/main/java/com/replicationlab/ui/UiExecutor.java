package com.replicationlab.ui;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * The one door to the JavaFX thread: everything the lab thread hands to the window goes through
 * it. Tests of view models swap in {@link #direct()} and need no toolkit.
 */
@FunctionalInterface
public interface UiExecutor extends Executor {

    /** Runs work on the JavaFX application thread, in the order it was handed in. */
    static UiExecutor fx() {
        return Platform::runLater;
    }

    /** Runs work at once on the calling thread (for view-model tests). */
    static UiExecutor direct() {
        return Runnable::run;
    }
}
