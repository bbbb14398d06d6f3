package com.replicationlab.ui.inspector;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.session.LabActions;

import java.util.function.Consumer;

/**
 * Changes a node's setting the way every control of the window does: as a {@code config NODE NAME
 * VALUE} action, which the action log records. The answer comes back on the UI thread.
 */
public final class ConfigSetter {
    private final LabViewModel lab;
    private final UiExecutor ui;

    public ConfigSetter(LabViewModel lab, UiExecutor ui) {
        this.lab = lab;
        this.ui = ui;
    }

    /** {@code answer} gets null when the node took the value, else the engine's words for why not. */
    public void set(String node, String name, String value, Consumer<String> answer) {
        lab.perform(LabActions.config(node, name, value.trim())).whenCompleteAsync((outcome, failure) -> {
            if (failure != null) {
                answer.accept(String.valueOf(failure.getMessage()));
            } else {
                answer.accept(outcome.accepted() ? null : outcome.detail());
            }
        }, ui);
    }
}
