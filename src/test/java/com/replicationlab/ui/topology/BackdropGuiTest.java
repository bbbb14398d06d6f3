package com.replicationlab.ui.topology;

import com.replicationlab.ui.heartbeat.PanelBench;
import com.replicationlab.ui.session.LabActions;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.List;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cards' shapes and the links' lines are drawn again when, and only when, they change. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("The topology's backdrop (TestFX, headless)")
class BackdropGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    @BeforeEach
    void settle() throws Exception {
        bench.run(2_000); // the replicas connected, nothing moving any more
    }

    private int draws() throws Exception {
        return fx(() -> bench.window.topology().backdropDraws());
    }

    private long masterOffset() throws Exception {
        return bench.snapshot().node("master").offset();
    }

    @Test
    @DisplayName("writes change offsets and send packets, frame after frame, without drawing it again")
    void notDrawnForWrites() throws Exception {
        int before = draws();
        long offset = masterOffset();
        for (int i = 0; i < 5; i++) {
            bench.perform(LabActions.command("master", List.of("SET", "key:" + i, "value")));
            bench.run(20); // packets half way
        }
        bench.run(500);
        assertTrue(masterOffset() > offset, "the master's offset moved");
        assertEquals(before, draws(), "backdrop draws");
    }

    @Test
    @DisplayName("a crash, a cut link and a selection draw it again, once each")
    void drawnOnceForEachChange() throws Exception {
        int before = draws();
        bench.perform(LabActions.crash("replica-1"));
        bench.idle();
        assertEquals(before + 1, draws(), "after the crash");
        bench.run(300);
        assertEquals(before + 1, draws(), "time passing changes nothing more");

        bench.perform(LabActions.killLink("master", "replica-2"));
        bench.idle();
        assertEquals(before + 2, draws(), "after the link was cut");

        fx(() -> {
            bench.model.selectedNodeProperty().set("master");
            return null;
        });
        PanelBench.nextFrame();
        PanelBench.nextFrame();
        assertEquals(before + 3, draws(), "after a node was selected");
    }
}
