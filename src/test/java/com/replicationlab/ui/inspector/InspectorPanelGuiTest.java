package com.replicationlab.ui.inspector;

import com.replicationlab.lab.snapshot.KeyView;
import com.replicationlab.ui.heartbeat.PanelBench;
import com.replicationlab.ui.session.LabActions;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.List;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@DisplayName("Inspector panel (TestFX, headless)")
class InspectorPanelGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    private void edit(FxRobot robot, String setting, String value) {
        robot.doubleClickOn("#setting-" + setting).write(value);
        robot.clickOn("#setting-set-" + setting);
    }

    @Test
    @DisplayName("the node selected in the window is inspected: its INFO replication and its keys")
    void followsTheSelection() throws Exception {
        bench.run(1500);
        bench.show("panel.inspector");
        bench.perform(LabActions.command("master", List.of("SET", "colour", "blue")));
        bench.run(500);
        fx(() -> {
            bench.model.selectedNodeProperty().set("replica-1");
            return null;
        });
        TextArea info = bench.lookup("#inspectorInfo", TextArea.class);
        waitUntil("replica-1's INFO shows", () -> info.getText().contains("role:slave"));
        assertTrue(fx(info::getText).startsWith("# Replication\nrole:slave\nmaster_host:127.0.0.1\n"));
        @SuppressWarnings("unchecked")
        TableView<KeyView> keys = bench.lookup("#inspectorKeys", TableView.class);
        waitUntil("the replicated key is listed", () -> keys.getItems().stream()
                .anyMatch(k -> k.key().equals("colour") && k.value().equals("\"blue\"")));
        assertEquals("replica-1", fx(() -> bench.lookup("#inspectorNode", ComboBox.class).getValue()));
    }

    @Test
    @DisplayName("choosing a node in the inspector selects it in the window")
    void choosesANode(FxRobot robot) throws Exception {
        bench.run(500);
        bench.show("panel.inspector");
        robot.clickOn("#inspectorNode").clickOn("replica-2");
        waitUntil("replica-2 is selected", () -> "replica-2".equals(bench.model.selectedNodeProperty().get()));
    }

    @Test
    @DisplayName("an edited setting becomes a config action on the inspected node")
    void editsASetting(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.inspector");
        edit(robot, "min-replicas-max-lag", "4");
        waitUntil("max-lag is 4", () -> bench.model.snapshot().node("master").minReplicasMaxLag() == 4);
        edit(robot, "repl-timeout", "30");
        waitUntil("the action is logged", () -> bench.model.journal().stream()
                .anyMatch(e -> e.action().text().equals("config master repl-timeout 30")));
    }

    @Test
    @DisplayName("a value the node refuses shows the node's own error, and changes nothing")
    void refusedValue(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.inspector");
        edit(robot, "repl-timeout", "soon");
        Label problem = bench.lookup("#setting-problem-repl-timeout", Label.class);
        waitUntil("the error shows", problem::isVisible);
        assertEquals("ERR CONFIG SET failed (possibly related to argument 'repl-timeout') - argument couldn't be "
                + "parsed into an integer", fx(problem::getText));
        assertTrue(fx(() -> bench.model.journal().stream().noneMatch(e -> e.action().text().contains("soon"))));
    }
}
