package com.replicationlab.ui.panels;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Whether a node is in a window that is showing. Frame timers run only while it is: a timer left
 * running after its window closed, or after its scene was replaced, would keep drawing, and would
 * keep the whole view and its lab reachable for as long as the application lives.
 */
public final class WindowShowing {
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ChangeListener<Boolean> showingChanged = (obs, was, now) -> update();
    private final ChangeListener<Window> windowChanged = (obs, was, now) -> watch(was, now);
    private Window window;

    private WindowShowing(Node node) {
        node.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.windowProperty().removeListener(windowChanged);
            }
            watchScene(now);
        });
        watchScene(node.getScene());
    }

    public static ReadOnlyBooleanProperty of(Node node) {
        return new WindowShowing(node).showing.getReadOnlyProperty();
    }

    private void watchScene(Scene scene) {
        if (scene != null) {
            scene.windowProperty().addListener(windowChanged);
        }
        watch(window, scene == null ? null : scene.getWindow());
    }

    private void watch(Window was, Window now) {
        if (was != null) {
            was.showingProperty().removeListener(showingChanged);
        }
        window = now;
        if (now != null) {
            now.showingProperty().addListener(showingChanged);
        }
        update();
    }

    private void update() {
        showing.set(window != null && window.isShowing());
    }
}
