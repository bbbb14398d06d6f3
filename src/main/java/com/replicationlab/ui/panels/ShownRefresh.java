package com.replicationlab.ui.panels;

import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * A panel view model's refresh (read the trace's news, rebuild what the panel shows), done at most
 * once a frame and only while the panel is shown. A change of any source marks it due; the next
 * pulse runs it once, however many snapshots and trace batches arrived in between. A hidden panel
 * does nothing at all, and the first pulse after it is shown again catches up with the present.
 */
public final class ShownRefresh {
    private final Runnable refresh;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (due) {
                due = false;
                refresh.run();
            }
        }
    };
    private boolean due = true;

    /** Refreshes at the first pulse the panel is shown, then after each change of {@code sources}. */
    public ShownRefresh(ObservableBooleanValue showing, Runnable refresh, Observable... sources) {
        this.refresh = refresh;
        for (Observable source : sources) {
            if (source instanceof ObservableValue<?> value) {
                // A change listener keeps a lazy value valid, so that every later change is heard too.
                value.addListener((obs, old, now) -> due = true);
            } else {
                source.addListener(o -> due = true);
            }
        }
        showing.addListener((obs, was, now) -> shown(now));
        shown(showing.get());
    }

    private void shown(boolean showing) {
        if (showing) {
            pulse.start();
        } else {
            pulse.stop();
        }
    }
}
