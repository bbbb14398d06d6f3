package com.replicationlab.ui.backlog;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.ui.heartbeat.PanelBench;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@DisplayName("Backlog panel (TestFX, headless)")
class BacklogPanelGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    private BacklogRing ring() throws Exception {
        return bench.lookup("#backlogRing", BacklogRing.class);
    }

    @Test
    @DisplayName("setting 300 bytes from the panel gives the master a backlog of 300, through a config action")
    void smallBacklogFromThePanel(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.backlog");
        robot.doubleClickOn("#backlogSize").write("300");
        robot.clickOn("#backlogSet");
        waitUntil("the master's backlog is 300 bytes", () -> bench.model.snapshot().node("master").backlog().sizeBytes() == 300);
        assertTrue(fx(() -> bench.model.journal().stream()
                .anyMatch(e -> e.action().text().equals("config master repl-backlog-size 300"))));
        waitUntil("the panel shows it", () -> ring().picture().backlog().sizeBytes() == 300);
        assertEquals("300", bench.lookup("#backlogFact-repl_backlog_size", Label.class).getText());
    }

    @Test
    @DisplayName("a size the node refuses shows the node's own error")
    void refusedSize(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.backlog");
        robot.doubleClickOn("#backlogSize").write("3");
        robot.clickOn("#backlogSet");
        waitUntil("the problem shows", () -> bench.lookup("#backlogProblem", Label.class).isVisible());
        assertTrue(bench.lookup("#backlogProblem", Label.class).getText().contains("argument must be between 16 and"));
    }

    @Test
    @DisplayName("the ring holds the writes, labelled, with each replica's acknowledged offset")
    void holdsWritesAndAcks() throws Exception {
        bench.run(1500);
        bench.show("panel.backlog");
        bench.perform(LabActions.command("master", List.of("SET", "greeting", "hello")));
        bench.run(1200);
        RingPicture picture = fx(() -> ring().picture());
        BacklogView backlog = picture.backlog();
        assertEquals("master", picture.master());
        assertTrue(picture.commands().stream().anyMatch(c -> c.label().equals("SET greeting hello")));
        assertEquals(List.of(new RingPicture.AckMarker("replica-1", backlog.masterOffset()),
                new RingPicture.AckMarker("replica-2", backlog.masterOffset())), picture.markers());
        @SuppressWarnings("unchecked")
        ListView<StreamCommand> list = bench.lookup("#backlogCommands", ListView.class);
        assertTrue(fx(() -> list.getItems().stream().anyMatch(c -> c.label().equals("SET greeting hello"))));
    }

    @Test
    @DisplayName("when the master re-sends a lost write, that range of the ring lights up and is named")
    void resendLightsUp() throws Exception {
        bench.run(1500);
        bench.show("panel.backlog");
        bench.perform(LabActions.dropNext("master", "replica-1"));
        bench.perform(LabActions.command("master", List.of("SET", "lost", "value")));
        waitUntil("the master re-sends", () -> {
            if (ring().picture().flashes().isEmpty()) {
                bench.model.step();
                return false;
            }
            return true;
        });
        ServedRange range = fx(() -> ring().picture().flashes().get(0).range());
        assertEquals(ServedRange.Kind.RESEND, range.kind());
        assertEquals("replica-1", range.replica());
        // The lost packet carried the first write of the stream: SELECT 0, then the SET.
        List<String> lit = fx(() -> ring().picture().commands().stream()
                .filter(c -> c.overlaps(range.first(), range.last())).map(StreamCommand::label).toList());
        assertEquals(List.of("SELECT 0", "SET lost value"), lit);
        assertTrue(bench.lookup("#backlogServed", Label.class).getText()
                .startsWith("Last use: re-sent offsets " + range.first() + ".." + range.last()));
    }
}
