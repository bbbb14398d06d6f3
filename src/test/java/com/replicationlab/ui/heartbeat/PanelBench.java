package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.Panels;
import com.replicationlab.ui.session.ActionOutcome;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.window.LabWindow;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The whole window with every panel, for the panels' TestFX tests (headless): a fresh default lab,
 * and bounded waits on conditions — nothing sleeps to assert.
 */
public final class PanelBench {
    public static final long WAIT_SECONDS = 20;

    public final LabViewModel model;
    public final LabWindow window;
    public final I18n i18n = new I18n(Locale.ENGLISH);
    private final Scene scene;

    private PanelBench(Stage stage) {
        UiExecutor ui = UiExecutor.fx();
        model = new LabViewModel(ClusterSpec.defaults(), ui, System::nanoTime);
        window = new LabWindow(model, i18n, new Appearance(), ui, Panels.all());
        scene = window.attach(stage, 1600, 1000);
        stage.show();
    }

    /** For a test's {@code @Start}. */
    public static PanelBench open(Stage stage) {
        return new PanelBench(stage);
    }

    /** For a test's {@code @Stop}. */
    public void close() {
        model.close();
    }

    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    public static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    public LabSnapshot snapshot() throws Exception {
        return fx(model::snapshot);
    }

    /** Lets virtual time run on at once, and waits until the window shows it. */
    public void run(long ms) throws Exception {
        long before = fx(() -> model.snapshot() == null ? 0 : model.snapshot().timeMs());
        fx(() -> {
            model.runFor(ms);
            return null;
        });
        waitUntil("virtual time has moved on by " + ms + " ms", () -> model.snapshot().timeMs() >= before + ms);
        idle();
    }

    /** Waits until everything asked of the lab so far is done and shown. */
    public void idle() throws Exception {
        fx(model::whenIdle).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        nextFrame();
    }

    /** Waits for the window's next frame: the panels take in the lab's news once a frame. */
    public static void nextFrame() throws Exception {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        fx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    pulsed.complete(null);
                }
            }.start();
            return null;
        });
        pulsed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Performs an action as the window's menus do, and returns what came of it. */
    public ActionOutcome perform(LabAction action) throws Exception {
        return fx(() -> model.perform(action)).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Brings the panel titled by {@code titleKey} to the front of its tabs. */
    public void show(String titleKey) throws Exception {
        String title = i18n.get(titleKey);
        fx(() -> {
            for (String id : new String[] {"#sidePanels", "#bottomPanels"}) {
                TabPane tabs = (TabPane) scene.lookup(id);
                for (Tab tab : tabs.getTabs()) {
                    if (title.equals(tab.getText())) {
                        tabs.getSelectionModel().select(tab);
                    }
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        nextFrame();
    }

    /** A node of the window by CSS selector (#id). */
    public <T extends Node> T lookup(String selector, Class<T> type) throws Exception {
        return fx(() -> type.cast(scene.lookup(selector)));
    }
}
