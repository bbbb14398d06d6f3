package com.replicationlab.ui.eventlog;

import com.replicationlab.ui.UiExecutor;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/**
 * Keeps a list scrolled to its newest line while nothing is selected in it (selecting a line
 * stops the following, so it can be read). Scrolls once per batch of changes, after the list has
 * taken them in, and only while the list is shown: shown again, it scrolls to the newest at once.
 */
final class TailFollower {
    private final ListView<?> list;
    private final UiExecutor ui;
    private final ObservableBooleanValue showing;
    private boolean scrollPending;

    TailFollower(ListView<?> list, UiExecutor ui, ObservableBooleanValue showing) {
        this.list = list;
        this.ui = ui;
        this.showing = showing;
    }

    void start() {
        list.getItems().addListener((ListChangeListener<Object>) change -> follow());
        showing.addListener((obs, was, now) -> follow());
    }

    private void follow() {
        if (!scrollPending && showing.get() && list.getSelectionModel().isEmpty()) {
            scrollPending = true;
            ui.execute(this::scroll);
        }
    }

    private void scroll() {
        scrollPending = false;
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }
}
