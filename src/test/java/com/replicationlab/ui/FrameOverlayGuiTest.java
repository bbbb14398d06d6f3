package com.replicationlab.ui;

import com.replicationlab.ui.heartbeat.PanelBench;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.Locale;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F12 shows the frame probe's figures over the canvas, and hides them again. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("The frame overlay (TestFX, headless)")
class FrameOverlayGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    private static Label overlay(FxRobot robot) {
        return robot.lookup(".frame-overlay").queryAs(Label.class);
    }

    @Test
    @DisplayName("F12 shows frame p50, p99 and fps in the canvas's top right corner; F12 again hides them")
    void f12TogglesTheOverlay(FxRobot robot) throws Exception {
        assertFalse(overlay(robot).isVisible());
        robot.press(KeyCode.F12).release(KeyCode.F12);
        waitUntil("the overlay shows measured frames", () -> overlay(robot).isVisible()
                && bench.window.topology().frameProbe().stats().frames() > 0 && !overlay(robot).getText().contains(" 0.0 ms"));
        String text = overlay(robot).getText();
        assertTrue(text.matches("frame p50 \\d+\\.\\d ms · p99 \\d+\\.\\d ms · \\d+ fps"), text);
        double right = overlay(robot).getBoundsInParent().getMaxX();
        assertTrue(right > bench.window.topology().getWidth() * 0.9 && right <= bench.window.topology().getWidth(),
                () -> "right edge " + right + " of " + bench.window.topology().getWidth());

        robot.press(KeyCode.F12).release(KeyCode.F12);
        waitUntil("the overlay is hidden", () -> !overlay(robot).isVisible());
    }

    @Test
    @DisplayName("the overlay follows the language, and the help sheet lists F12")
    void chinese(FxRobot robot) throws Exception {
        fx(() -> {
            bench.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            return null;
        });
        robot.press(KeyCode.F12).release(KeyCode.F12);
        waitUntil("the overlay speaks Chinese", () -> overlay(robot).isVisible() && overlay(robot).getText().startsWith("帧 p50"));
        assertTrue(robot.lookup("#help .label").queryAll().stream()
                .anyMatch(node -> "F12".equals(((Label) node).getText())), "F12 on the help sheet");
    }
}
