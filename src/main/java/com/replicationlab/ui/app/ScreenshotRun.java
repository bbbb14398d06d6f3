package com.replicationlab.ui.app;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.window.PngExport;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs the lab to the wanted moment, lets the window draw that state, saves the window as a PNG
 * and reports whether it worked.
 */
final class ScreenshotRun {
    /** Frames to let pass once the state is shown: layout, CSS and the canvas all settle. */
    private static final int SETTLE_FRAMES = 8;

    private final LabViewModel model;
    private final Scene scene;
    private final Path file;
    private final BooleanSupplier settled;

    /** @param settled whether the window is done changing by itself (a lesson's actions all run) */
    ScreenshotRun(LabViewModel model, Scene scene, Path file, BooleanSupplier settled) {
        this.model = model;
        this.scene = scene;
        this.file = file;
        this.settled = settled;
    }

    /** {@code done} gets null on success, else the problem; it runs on the FX thread. */
    void start(long runMs, Consumer<String> done) {
        if (runMs > 0) {
            model.runFor(runMs);
        }
        model.whenIdle().thenRun(() -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (!settled.getAsBoolean()) {
                    frames = 0;
                    return;
                }
                if (++frames < SETTLE_FRAMES) {
                    return;
                }
                stop();
                try {
                    PngExport.write(scene, file);
                    done.accept(null);
                } catch (IOException | RuntimeException e) {
                    done.accept("could not save " + file + ": " + e.getMessage());
                }
            }
        }.start());
    }
}
