package com.replicationlab.ui.sequence;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.ui.heartbeat.PanelBench;
import com.replicationlab.ui.session.LabActions;
import javafx.geometry.Point2D;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@DisplayName("Sequence diagram panel (TestFX, headless)")
class SequencePanelGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    private SequenceDiagram diagram() throws Exception {
        return bench.lookup("#sequenceDiagram", SequenceDiagram.class);
    }

    private Point2D onScreen(Supplier<Optional<Point2D>> local) throws Exception {
        waitUntil("the diagram has drawn it", () -> local.get().isPresent());
        SequenceDiagram diagram = diagram();
        return fx(() -> diagram.localToScreen(local.get().orElseThrow()));
    }

    private boolean selectedWithinSeconds(long id, long seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(() -> bench.model.selectedPacketProperty().get() == id));
            return true;
        } catch (TimeoutException notYet) {
            return false;
        }
    }

    private long sentPacket(String labelStart) throws Exception {
        return fx(() -> bench.model.trace().stream()
                .filter(r -> r.kind() == TraceKind.SENT && r.text().contains(" " + labelStart))
                .reduce((a, b) -> b).orElseThrow().packetId());
    }

    @Test
    @DisplayName("clicking a write's arrow shows its exact bytes, \\r\\n visible, and the offsets it covers")
    void clickAnArrow(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.sequence");
        bench.perform(LabActions.command("master", List.of("SET", "k", "v")));
        bench.run(100);
        long id = sentPacket("SET k v");
        SequenceDiagram diagram = diagram();
        // On a loaded machine the diagram may still be redrawing when the first click lands: click
        // where the arrow is now, a few times if need be.
        for (int tries = 0; tries < 3; tries++) {
            robot.clickOn(onScreen(() -> diagram.pointOfTrip(id)), MouseButton.PRIMARY);
            if (selectedWithinSeconds(id, 3)) {
                break;
            }
        }
        waitUntil("the packet is selected", () -> bench.model.selectedPacketProperty().get() == id);
        String details = fx(() -> bench.lookup("#sequenceDetails", TextArea.class).getText());
        assertTrue(details.contains("*3\\r\\n\n$3\\r\\n\nSET\\r\\n\n$1\\r\\n\nk\\r\\n\n$1\\r\\n\nv\\r\\n"), details);
        assertTrue(details.contains("Replication stream offsets "), details);
        assertTrue(details.contains("→ replica-"), details);
    }

    @Test
    @DisplayName("built when its tab is first shown; hidden, it does no work; shown again, it shows what happened meanwhile")
    void hiddenDoesNoWorkAndCatchesUp() throws Exception {
        bench.run(1500);
        assertEquals(null, bench.lookup("#sequenceDiagram", SequenceDiagram.class), "not built before it is shown");
        bench.show("panel.sequence");
        SequenceViewModel vm = fx(() -> diagram().model());
        bench.show("panel.eventLog");
        long revision = fx(() -> vm.revisionProperty().get());
        bench.perform(LabActions.command("master", List.of("SET", "while", "hidden")));
        bench.run(500);
        long id = sentPacket("SET while hidden");
        assertEquals(revision, fx(() -> vm.revisionProperty().get()), "no work while hidden");
        assertTrue(fx(() -> vm.trips().stream().noneMatch(t -> t.id() == id)));
        bench.show("panel.sequence");
        PacketTrip trip = fx(() -> vm.trips().stream().filter(t -> t.id() == id).findFirst().orElseThrow());
        assertEquals(PacketTrip.Fate.DELIVERED, trip.fate(), "caught up at the first frame it is shown");
    }

    @Test
    @DisplayName("a lost packet's arrow ends where it was lost, and says so")
    void lostPacket() throws Exception {
        bench.run(1500);
        bench.show("panel.sequence");
        bench.perform(LabActions.dropNext("master", "replica-1"));
        bench.perform(LabActions.command("master", List.of("SET", "gone", "1")));
        bench.run(100);
        long id = fx(() -> bench.model.trace().stream().filter(r -> r.kind() == TraceKind.DROPPED && r.packetId() > 0)
                .reduce((a, b) -> b).orElseThrow().packetId());
        SequenceViewModel vm = fx(() -> diagram().model());
        PacketTrip trip = fx(() -> vm.trips().stream().filter(t -> t.id() == id).findFirst().orElseThrow());
        assertEquals(PacketTrip.Fate.LOST, trip.fate());
        assertTrue(fx(() -> diagram().pointOfTrip(id)).isPresent(), "its arrow is drawn");
    }

    @Test
    @DisplayName("scrolling back stops following the present; Follow present brings it back")
    void scrollBack(FxRobot robot) throws Exception {
        bench.run(3000);
        bench.show("panel.sequence");
        robot.moveTo("#sequenceDiagram").scroll(5);
        waitUntil("it no longer follows", () -> !diagram().model().followingProperty().get());
        assertFalse(fx(() -> bench.lookup("#sequenceFollow", ToggleButton.class).isSelected()));
        robot.clickOn("#sequenceFollow");
        waitUntil("it follows again", () -> diagram().model().followingProperty().get());
    }

    @Test
    @DisplayName("Step back on the diagram goes back exactly one event")
    void stepBack(FxRobot robot) throws Exception {
        bench.run(2000);
        bench.show("panel.sequence");
        long events = bench.snapshot().eventsRun();
        robot.clickOn("#sequenceStepBack");
        waitUntil("one event back", () -> bench.model.snapshot().eventsRun() == events - 1);
    }

    @Test
    @DisplayName("dragging the now line back steps the lab back to that moment")
    void scrubBack(FxRobot robot) throws Exception {
        bench.run(3000);
        bench.show("panel.sequence");
        long now = bench.snapshot().timeMs();
        long target = now - 600;
        SequenceDiagram diagram = diagram();
        Point2D from = onScreen(diagram::pointOfPresent);
        Point2D to = fx(() -> diagram.localToScreen(diagram.xOfTime(target).orElseThrow(), from.getY() - diagram
                .localToScreen(0, 0).getY() + 40));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        waitUntil("the lab stepped back to that moment", () -> !diagram.model().scrubbingProperty().get()
                && bench.model.snapshot().timeMs() <= target);
        assertTrue(bench.snapshot().timeMs() > target - 1000, "not further back than the events before it");
    }
}
