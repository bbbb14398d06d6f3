package com.replicationlab.ui;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.Panels;
import com.replicationlab.ui.panels.WindowShowing;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.window.LabWindow;
import javafx.animation.AnimationTimer;
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
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
    private static final long WAIT_SECONDS = 20;

    private Stage stage;
    private LabViewModel model;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiExecutor ui = UiExecutor.fx();
        model = new LabViewModel(ClusterSpec.defaults(), ui, System::nanoTime);
        window = new LabWindow(model, new I18n(Locale.ENGLISH), new Appearance(), ui, Panels.all());
        window.attach(stage, 1400, 900);
        stage.show();
    }

    @Stop
    void stop() {
        model.close();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until JavaFX has run {@code count} more pulses. */
    private static void pulses(int count) throws Exception {
        AtomicInteger seen = new AtomicInteger();
        AnimationTimer counter = fx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    seen.incrementAndGet();
                }
            };
            timer.start();
            return timer;
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> seen.get() >= count);
        fx(() -> {
            counter.stop();
            return null;
        });
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
        pulses(3);
        assertTrue(fx(() -> window.topology().frameProbe().stats().frames()) > 0, "the canvas draws while shown");

        fx(() -> {
            stage.setScene(new Scene(new StackPane()));
            window.topology().frameProbe().clear();
            return null;
        });
        pulses(10);

        assertEquals(0, fx(() -> window.topology().frameProbe().stats().frames()),
                "no frame after the window's scene was replaced");
    }
}
