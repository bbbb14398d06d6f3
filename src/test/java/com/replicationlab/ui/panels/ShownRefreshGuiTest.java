package com.replicationlab.ui.panels;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.nextFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
@DisplayName("A panel's refresh: once a frame, only while shown (TestFX, headless)")
class ShownRefreshGuiTest {
    private final SimpleBooleanProperty showing = new SimpleBooleanProperty(false);
    private final SimpleLongProperty source = new SimpleLongProperty();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger seenValue = new AtomicInteger(-1);

    @Start
    void start(Stage stage) {
        // No window needed: the refresh runs on the toolkit's pulses.
    }

    private void change(int times) throws Exception {
        fx(() -> {
            for (int i = 0; i < times; i++) {
                source.set(source.get() + 1);
            }
            return null;
        });
    }

    @Test
    @DisplayName("hidden, it does nothing however often its sources change; shown, it catches up at once, in one refresh")
    void hiddenDoesNothingAndCatchesUp() throws Exception {
        fx(() -> new ShownRefresh(showing, () -> {
            refreshes.incrementAndGet();
            seenValue.set((int) source.get());
        }, source));
        change(5);
        nextFrame();
        change(3);
        nextFrame();
        assertEquals(0, refreshes.get(), "no work while hidden");
        fx(() -> {
            showing.set(true);
            return null;
        });
        nextFrame();
        assertEquals(1, refreshes.get(), "one refresh on being shown");
        assertEquals(8, seenValue.get(), "it sees the present");
    }

    @Test
    @DisplayName("shown, many changes between two frames make one refresh; no change, no refresh")
    void onceAFrame() throws Exception {
        fx(() -> {
            showing.set(true);
            return new ShownRefresh(showing, refreshes::incrementAndGet, source);
        });
        nextFrame();
        refreshes.set(0);
        change(10);
        nextFrame();
        assertEquals(1, refreshes.get());
        nextFrame();
        nextFrame();
        assertEquals(1, refreshes.get(), "nothing changed since");
    }
}
