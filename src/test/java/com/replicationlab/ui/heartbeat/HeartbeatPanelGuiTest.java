package com.replicationlab.ui.heartbeat;

import com.replicationlab.ui.session.LabActions;
import javafx.scene.control.Label;
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

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@DisplayName("Heartbeat panel (TestFX, headless)")
class HeartbeatPanelGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    private void setSpinner(FxRobot robot, String id, String value) {
        robot.doubleClickOn("#" + id + " .text-field").write(value);
        robot.clickOn("#" + id + "Set");
    }

    @Test
    @DisplayName("min-replicas-to-write and max-lag set from the panel reach the master as config actions")
    void settingsFromThePanel(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.heartbeat");
        setSpinner(robot, "minReplicasToWrite", "2");
        waitUntil("the master needs 2 good replicas", () -> bench.model.snapshot().node("master").minReplicasToWrite() == 2);
        setSpinner(robot, "minReplicasMaxLag", "3");
        waitUntil("max-lag is 3 s", () -> bench.model.snapshot().node("master").minReplicasMaxLag() == 3);
        assertTrue(fx(() -> bench.model.journal().stream().map(e -> e.action().text()).toList()
                .containsAll(List.of("config master min-replicas-to-write 2", "config master min-replicas-max-lag 3"))));
        assertEquals("✓  WRITES ACCEPTED", bench.lookup("#writesState", Label.class).getText());
    }

    @Test
    @DisplayName("a killed link: the replica's ACK ages past max-lag, it is not good, and writes are refused")
    void killedLinkRefusesWrites() throws Exception {
        bench.run(1500);
        bench.show("panel.heartbeat");
        bench.perform(LabActions.config("master", "min-replicas-to-write", "2"));
        bench.perform(LabActions.config("master", "min-replicas-max-lag", "2"));
        bench.perform(LabActions.killLink("master", "replica-2"));
        bench.run(4500);
        waitUntil("writes are refused", () -> !bench.model.snapshot().node("master").writesAllowed());
        assertEquals("✗  WRITES REFUSED (NOREPLICAS)", bench.lookup("#writesState", Label.class).getText());
        assertTrue(bench.lookup("#writesWhy", Label.class).getText().startsWith("1 of 2 replicas are good"));
        @SuppressWarnings("unchecked")
        ListView<ReplicaHealth> replicas = bench.lookup("#heartbeatReplicas", ListView.class);
        ReplicaHealth silent = fx(() -> replicas.getItems().stream().filter(r -> r.name().equals("replica-2"))
                .findFirst().orElseThrow());
        assertFalse(silent.good());
        assertTrue(silent.msSinceAck() > 2000);
        LagChart chart = bench.lookup("#lagChart", LagChart.class);
        LagPicture picture = fx(() -> chart.pictureProperty().get());
        assertTrue(picture.thresholdActive());
        assertEquals(2, picture.maxLagSeconds());
        LagPicture.Line line = picture.lines().stream().filter(l -> l.replica().equals("replica-2")).findFirst().orElseThrow();
        assertTrue(line.peakMs(picture.fromMs(), picture.nowMs()) > 2000, "the chart shows the climb past the threshold");
    }
}
