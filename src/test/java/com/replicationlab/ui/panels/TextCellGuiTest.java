package com.replicationlab.ui.panels;

import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text cell changes its style class only when its item's class changes: every change makes the
 * cell's CSS be applied again, and a busy log's rows get new items on every frame.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("A text cell's style class (TestFX, headless)")
class TextCellGuiTest {

    @Start
    void start(Stage stage) {
        // A cell needs the toolkit, not a window.
    }

    @Test
    @DisplayName("follows its item's class, and is left alone while the class stays the same")
    void classChangesOnlyWhenItMust() throws Exception {
        fx(() -> {
            TextCell<String> cell = new TextCell<>(item -> "line " + item, item -> item.startsWith("d") ? "dropped" : null);
            AtomicInteger changes = new AtomicInteger();
            cell.getStyleClass().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());

            cell.updateItem("drop-1", false);
            assertTrue(cell.getStyleClass().contains("dropped"));
            assertEquals("line drop-1", cell.getText());
            int afterFirst = changes.get();
            cell.updateItem("drop-2", false);
            assertEquals(afterFirst, changes.get(), "same class: no change");
            assertEquals("line drop-2", cell.getText());

            cell.updateItem("sent", false);
            assertFalse(cell.getStyleClass().contains("dropped"));
            cell.updateItem(null, true);
            assertNull(cell.getText());
            assertFalse(cell.getStyleClass().contains("dropped"));
            return null;
        });
    }
}
