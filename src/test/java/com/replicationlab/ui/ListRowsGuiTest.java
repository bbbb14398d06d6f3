package com.replicationlab.ui;

import com.replicationlab.ui.heartbeat.PanelBench;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event log and the backlog's command list, which change on every frame while the lab plays,
 * have rows of one fixed height (so the list does not measure its rows again on every change), and
 * that height is a line of text and the row's padding, in English and in Chinese: nothing is cut,
 * and the rows are no taller than they were.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("The busy lists have rows of one height that fits a line (TestFX, headless)")
class ListRowsGuiTest {
    private static final String[][] LISTS = {{"#eventLog", "panel.eventLog"}, {"#backlogCommands", "panel.backlog"}};

    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() throws Exception {
        fx(() -> {
            bench.i18n.setLocale(Locale.ENGLISH);
            return null;
        });
        bench.close();
    }

    @Test
    @DisplayName("each row is exactly as tall as its line of text and padding, in both languages")
    void rowsFitTheirLine() throws Exception {
        bench.run(3_000);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            fx(() -> {
                bench.i18n.setLocale(locale);
                return null;
            });
            for (String[] list : LISTS) {
                bench.show(list[1]);
                assertRowsFit(bench.lookup(list[0], ListView.class), list[0] + " in " + locale);
            }
        }
    }

    private static void assertRowsFit(ListView<?> list, String name) throws Exception {
        assertTrue(fx(list::getFixedCellSize) > 0, name + ": rows of one fixed height");
        List<String> rows = fx(() -> {
            List<String> misfits = new ArrayList<>();
            double fixed = list.getFixedCellSize();
            int shown = 0;
            for (Node node : list.lookupAll(".list-cell")) {
                ListCell<?> cell = (ListCell<?>) node;
                if (cell.getText() == null || !cell.isVisible()) {
                    continue;
                }
                shown++;
                Text line = new Text(cell.getText());
                line.setFont(cell.getFont());
                double natural = cell.snappedTopInset() + cell.snapSizeY(line.getLayoutBounds().getHeight())
                        + cell.snappedBottomInset();
                if (natural > fixed || natural < fixed - 1) {
                    misfits.add("'" + cell.getText() + "' needs " + natural + " px, has " + fixed);
                }
            }
            if (shown == 0) {
                misfits.add("no row shown");
            }
            return misfits;
        });
        assertTrue(rows.isEmpty(), name + ": " + rows);
    }
}
