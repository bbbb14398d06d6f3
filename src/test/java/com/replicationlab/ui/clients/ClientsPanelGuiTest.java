package com.replicationlab.ui.clients;

import com.replicationlab.ui.heartbeat.PanelBench;
import com.replicationlab.ui.heartbeat.ReplicaHealth;
import com.replicationlab.ui.session.LabActions;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
@DisplayName("What clients see (TestFX, headless)")
class ClientsPanelGuiTest {
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
    private List<ClientNotice> notices() throws Exception {
        ListView<ClientNotice> list = bench.lookup("#clientNotices", ListView.class);
        return fx(() -> List.copyOf(list.getItems()));
    }

    private <T extends ClientNotice> T newest(Class<T> type) throws Exception {
        waitUntil("a " + type.getSimpleName() + " notice", () -> !notices().isEmpty() && type.isInstance(notices().get(0)));
        return type.cast(notices().get(0));
    }

    /** The words of a notice as the panel shows them. */
    private List<String> shown() throws Exception {
        return fx(() -> bench.lookup("#clientNotices", ListView.class).lookupAll(".notice .label").stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    @Test
    @DisplayName("a write refused with NOREPLICAS names the replica that is not good and the age of its last ACK")
    void refusedWrite(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.clients");
        bench.perform(LabActions.config("master", "min-replicas-to-write", "2"));
        bench.perform(LabActions.config("master", "min-replicas-max-lag", "2"));
        bench.perform(LabActions.killLink("master", "replica-2"));
        bench.run(4500);
        bench.show("panel.console");
        robot.clickOn("#consoleInput").write("SET k v").type(KeyCode.ENTER);
        bench.show("panel.clients");
        ClientNotice.Refused refused = newest(ClientNotice.Refused.class);
        assertEquals("SET k v", refused.command());
        assertEquals(2, refused.minReplicasToWrite());
        assertEquals(1, refused.goodReplicas());
        ReplicaHealth late = refused.replicas().stream().filter(r -> r.name().equals("replica-2")).findFirst().orElseThrow();
        assertFalse(late.good());
        assertTrue(late.msSinceAck() > 2000);
        waitUntil("the panel names it", () -> shown().stream().anyMatch(l -> l.startsWith("•  replica-2: last ACK ")
                && l.endsWith("— not good")));
        assertTrue(shown().get(0).endsWith("master> SET k v   →   (error) NOREPLICAS Not enough good replicas to write."));
    }

    @Test
    @DisplayName("WAIT: which replicas acknowledged the last write, and when")
    void waitAnswer() throws Exception {
        bench.run(1500);
        bench.show("panel.clients");
        bench.perform(LabActions.command("master", List.of("SET", "k", "v")));
        bench.perform(LabActions.dropNext("master", "replica-1"));
        bench.perform(LabActions.command("master", List.of("SET", "k2", "v2")));
        bench.perform(LabActions.command("master", List.of("WAIT", "2", "300")));
        ClientNotice.WaitAnswered wait = newest(ClientNotice.WaitAnswered.class);
        assertEquals(1, wait.reply());
        assertEquals(2, wait.wanted());
        assertEquals(bench.snapshot().node("master").offset() - 37, wait.targetOffset(),
                "the offset of the last write (the GETACK came after it)");
        ClientNotice.WaitReplica r1 = wait.replicas().stream().filter(r -> r.name().equals("replica-1")).findFirst().orElseThrow();
        ClientNotice.WaitReplica r2 = wait.replicas().stream().filter(r -> r.name().equals("replica-2")).findFirst().orElseThrow();
        assertEquals(-1, r1.satisfiedAtMs(), "replica-1 lost the write: it could not acknowledge it in time");
        assertTrue(r2.satisfiedAtMs() >= wait.startMs() && r2.satisfiedAtMs() <= wait.atMs());
    }

    @Test
    @DisplayName("a promotion names the acknowledged writes the promoted replica never had")
    void writesLostInAFailover() throws Exception {
        bench.run(1500);
        bench.show("panel.clients");
        bench.perform(LabActions.command("master", List.of("SET", "a", "1")));
        bench.run(200);
        bench.perform(LabActions.killLink("master", "replica-1"));
        bench.perform(LabActions.command("master", List.of("SET", "b", "2")));
        bench.perform(LabActions.command("master", List.of("SET", "c", "3")));
        bench.perform(LabActions.promote("replica-1"));
        ClientNotice.WritesLost lost = newest(ClientNotice.WritesLost.class);
        assertEquals("master", lost.oldMaster());
        assertEquals("replica-1", lost.promoted());
        assertEquals(List.of("SET b 2", "SET c 3"), lost.writes().stream().map(w -> w.label()).toList());
        assertEquals(lost.oldMasterOffset() - lost.promotedOffset(), 2 * 27);
        waitUntil("the panel lists them", () -> shown().contains("•  " + lost.writes().get(1).first() + "–"
                + lost.writes().get(1).last() + "   SET c 3"));
    }

    @Test
    @DisplayName("stepping back forgets what clients saw after that moment")
    void stepBackForgets() throws Exception {
        bench.run(1500);
        bench.show("panel.clients");
        bench.perform(LabActions.command("master", List.of("WAIT", "1", "100")));
        newest(ClientNotice.WaitAnswered.class);
        fx(() -> {
            bench.model.stepBack();
            return null;
        });
        waitUntil("the notice is gone", () -> notices().isEmpty());
    }
}
