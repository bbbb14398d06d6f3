package com.replicationlab.ui.app;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.lesson.LessonLibrary;
import com.replicationlab.ui.panels.Panels;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.window.LabWindow;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts JavaFX without an Application subclass (so a plain {@code java -jar} works), opens the
 * window on a fresh lab, and waits until it is closed. With a screenshot to take, it takes it
 * and closes the window itself.
 */
public final class GuiLauncher {
    private static final double DEFAULT_WIDTH = 1600;
    private static final double DEFAULT_HEIGHT = 1000;
    /** Without a size given, the window takes at most this share of the screen. */
    private static final double SCREEN_SHARE = 0.92;

    private GuiLauncher() {
    }

    /** Returns null when all went well, else what went wrong. */
    public static String run(GuiOptions options) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<String> problem = new AtomicReference<>();
        RenderingSettings.beforeStartup();
        Platform.setImplicitExit(false);
        Platform.startup(() -> openForUse(options, closed, problem));
        closed.await();
        Platform.exit();
        return problem.get();
    }

    /**
     * Opens the window on a fresh lab, paused, and hands it over on the JavaFX thread, starting
     * JavaFX if it is not running yet (as in a benchmark; in a test it may be). Closing the stage
     * closes the lab; JavaFX keeps running.
     */
    public static CompletableFuture<OpenWindow> open(GuiOptions options) {
        CompletableFuture<OpenWindow> opened = new CompletableFuture<>();
        Runnable show = () -> {
            try {
                opened.complete(show(options, () -> { }));
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        };
        RenderingSettings.beforeStartup();
        Platform.setImplicitExit(false);
        try {
            Platform.startup(show);
        } catch (IllegalStateException alreadyRunning) {
            UiExecutor.fx().execute(show);
        }
        return opened;
    }

    /** The window on a fresh lab, shown; {@code closed} runs once it is closed (and its lab with it). */
    private static OpenWindow show(GuiOptions options, Runnable closed) {
        I18n i18n = new I18n(options.locale());
        Appearance appearance = new Appearance();
        appearance.themeProperty().set(options.theme());
        appearance.reducedMotionProperty().set(options.reducedMotion());
        // The wall clock paces the animation between snapshots; it never reaches the lab.
        UiExecutor ui = UiExecutor.fx();
        LabViewModel model = new LabViewModel(options.spec(), ui, System::nanoTime);
        LessonLibrary library = LessonLibrary.standard();
        LabWindow window = new LabWindow(model, i18n, appearance, ui, Panels.all(), library);
        Stage stage = new Stage();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = options.width() > 0 ? options.width() : Math.min(DEFAULT_WIDTH, screen.getWidth() * SCREEN_SHARE);
        double height = options.height() > 0 ? options.height() : Math.min(DEFAULT_HEIGHT, screen.getHeight() * SCREEN_SHARE);
        Scene scene = window.attach(stage, width, height);
        stage.setOnHidden(e -> {
            model.close();
            closed.run();
        });
        stage.show();
        return new OpenWindow(model, window, appearance, library, i18n, stage, scene);
    }

    private static void openForUse(GuiOptions options, CountDownLatch closed, AtomicReference<String> problem) {
        OpenWindow opened = show(options, closed::countDown);
        LabViewModel model = opened.model();
        LabWindow window = opened.window();
        Appearance appearance = opened.appearance();
        LessonLibrary library = opened.library();
        I18n i18n = opened.i18n();
        Stage stage = opened.stage();
        Scene scene = opened.scene();
        if (options.scenario() != null) {
            model.open(options.scenario().file(), options.scenario().text());
        }
        library.progress().notice().ifPresent(model::report);
        if (options.lesson() != null) {
            List<String> ids = library.course().lessons(library.languageFor(i18n.locale())).stream()
                    .map(l -> l.id()).toList();
            if (!ids.contains(options.lesson())) {
                problem.set("no lesson '" + options.lesson() + "'; the lessons are: " + String.join(", ", ids));
                stage.close();
                return;
            }
            window.lessons().open(options.lesson());
            window.lessons().demoProperty().set(options.demo());
        }
        if (options.screenshot() == null) {
            appearance.presentationProperty().set(options.presentation());
            if (options.scenario() == null && options.lesson() == null) {
                model.play();
            }
            return;
        }
        if (options.presentation() || options.demo()) {
            // For a screenshot, presentation's look without going full screen (the size is given).
            appearance.presentationProperty().set(true);
            stage.setFullScreen(false);
        }
        new ScreenshotRun(model, scene, options.screenshot(), () -> !window.lessons().busyProperty().get()).start(options.runBeforeShotMs(), failure -> {
            problem.set(failure);
            stage.close();
        });
    }
}
