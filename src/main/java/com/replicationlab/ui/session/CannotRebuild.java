package com.replicationlab.ui.session;

import com.replicationlab.lab.Wording;

/**
 * A step back or rewind to a state that no replay of the session's journal reaches: something
 * outside the window's actions changed the lab (a real TCP client's commands). The message is
 * English; its wording lets the window say it in its own language ("outcome.*").
 */
public final class CannotRebuild extends IllegalStateException {
    private final transient Wording wording;

    CannotRebuild(String message, Wording wording) {
        super(message);
        this.wording = wording;
    }

    public Wording wording() {
        return wording;
    }
}
