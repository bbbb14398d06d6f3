package com.replicationlab.ui.eventlog;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.ui.heartbeat.PanelBench;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.List;
import java.util.Locale;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@DisplayName("Event log panel (TestFX, headless)")
class EventLogPanelGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    @SuppressWarnings("unchecked")
    private List<TraceRecord> shown() throws Exception {
        ListView<TraceRecord> list = bench.lookup("#eventLog", ListView.class);
        return fx(() -> List.copyOf(list.getItems()));
    }

    @Test
    @DisplayName("in a narrow window the filters keep their words; only the hint gives way")
    void narrowWindow() throws Exception {
        ComboBox<?> nodes = bench.lookup("#eventLogNode", ComboBox.class);
        ComboBox<?> kinds = bench.lookup("#eventLogKind", ComboBox.class);
        // A box whose least width is its wanted width cannot be squeezed by its tool bar.
        assertTrue(fx(() -> nodes.minWidth(-1) >= nodes.prefWidth(-1)), "the node box can be squeezed");
        assertTrue(fx(() -> kinds.minWidth(-1) >= kinds.prefWidth(-1)), "the kind box can be squeezed");
        assertEquals(bench.i18n.get("eventLog.allNodes"), fx(() -> nodes.getButtonCell().getText()));
    }

    @Test
    @DisplayName("choosing replica-2 and 'sent' leaves only what replica-2 sent or was sent")
    void filterByNodeAndKind(FxRobot robot) throws Exception {
        bench.run(2500);
        waitUntil("the log has timers", () -> shown().stream().anyMatch(r -> r.kind() == TraceKind.TIMER));
        robot.clickOn("#eventLogNode").clickOn("replica-2");
        robot.clickOn("#eventLogKind").clickOn(bench.i18n.get("eventLog.kind.sent"));
        waitUntil("only sent records", () -> !shown().isEmpty() && shown().stream().allMatch(r -> r.kind() == TraceKind.SENT));
        List<TraceRecord> sent = shown();
        assertTrue(sent.stream().allMatch(r -> r.node().equals("replica-2") || r.text().contains("->replica-2 ")),
                () -> "records of other nodes: " + sent);
        robot.clickOn("#eventLogKind").clickOn(bench.i18n.get("eventLog.allKinds"));
        waitUntil("every kind again", () -> shown().stream().map(TraceRecord::kind).distinct().count() > 1);
        assertTrue(shown().stream().noneMatch(r -> r.node().toLowerCase(Locale.ROOT).equals("replica-1")));
    }
}
