package com.replicationlab.ui;

import com.replicationlab.ui.heartbeat.PanelBench;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.ArrayList;
import java.util.List;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The window's lists paint their frame with one fill and a border. A region of several fills is
 * drawn by the software renderer from a cached image stretched over the whole region, on every
 * frame it changes; the event log changes on every frame while the lab plays.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("Lists are framed with one fill (TestFX, headless)")
class ListFramesGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    @Test
    @DisplayName("every list in the window, focused or not, has one background fill and a border")
    void oneFill() throws Exception {
        List<ListView<?>> lists = fx(() -> listsIn(bench.window.view()));
        assertFalse(lists.isEmpty(), "the window has lists");
        for (ListView<?> list : lists) {
            assertOneFillAndABorder(list, "unfocused");
            fx(() -> {
                list.requestFocus();
                list.applyCss();
                return null;
            });
            assertOneFillAndABorder(list, "focused");
        }
    }

    private static void assertOneFillAndABorder(ListView<?> list, String state) throws Exception {
        String name = list.getStyleClass() + " (" + state + ")";
        assertEquals(1, fx(() -> list.getBackground().getFills().size()), name + ": fills");
        assertEquals(1, fx(() -> list.getBorder().getStrokes().size()), name + ": border strokes");
    }

    private static List<ListView<?>> listsIn(Node node) {
        List<ListView<?>> lists = new ArrayList<>();
        if (node instanceof ListView<?> list) {
            lists.add(list);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                lists.addAll(listsIn(child));
            }
        }
        return lists;
    }
}
