package com.replicationlab.ui;

import com.replicationlab.ui.heartbeat.PanelBench;
import com.replicationlab.ui.panels.WindowShowing;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A view whose window closed or whose scene was replaced stops its frame timers, so that nothing
 * keeps drawing it, or keeps it and its lab in memory, for the rest of the application's life.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("Frame timers run only in a showing window (TestFX, headless)")
class WindowShowingGuiTest {
    private Stage stage;
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    /** Waits until JavaFX has run {@code count} more frames. */
    private static void frames(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            PanelBench.nextFrame();
        }
    }

    @Test
    @DisplayName("a node is in a showing window while its scene is the stage's, and not once the scene is replaced")
    void followsTheScene() throws Exception {
        Label node = new Label("here");
        ReadOnlyBooleanProperty showing = fx(() -> WindowShowing.of(node));
        assertFalse(fx(showing::get), "in no scene yet");

        fx(() -> {
            stage.setScene(new Scene(new StackPane(node)));
            return null;
        });
        assertTrue(fx(showing::get), "in the showing stage's scene");

        fx(() -> {
            stage.setScene(new Scene(new StackPane()));
            return null;
        });
        assertFalse(fx(showing::get), "its scene was replaced");
    }

    @Test
    @DisplayName("the canvas's frame timer stops once the window's scene is replaced")
    void canvasTimerStops() throws Exception {
        frames(3);
        assertTrue(fx(() -> bench.window.topology().frameProbe().stats().frames()) > 0, "the canvas draws while shown");

        fx(() -> {
            stage.setScene(new Scene(new StackPane()));
            bench.window.topology().frameProbe().clear();
            return null;
        });
        frames(10);

        assertEquals(0, fx(() -> bench.window.topology().frameProbe().stats().frames()),
                "no frame after the window's scene was replaced");
    }
}
