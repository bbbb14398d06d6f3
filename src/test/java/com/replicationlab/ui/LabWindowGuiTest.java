package com.replicationlab.ui;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.ReplicaView;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.Panels;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.session.LabActions;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.topology.Ink;
import com.replicationlab.ui.topology.TopologyView;
import com.replicationlab.ui.window.LabWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.io.DataInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window on a real (headless, Monocle) JavaFX toolkit: clicking each control does what it
 * says to the engine. Waits are for conditions, bounded; nothing sleeps to assert.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("The lab window (TestFX, headless)")
class LabWindowGuiTest {
    private static final long WAIT_SECONDS = 20;
    /** The English words of the lab's pending events ("deliver #12 …", "master: heartbeat" …). */
    private static final Pattern ENGLISH_EVENT_WORD =
            Pattern.compile("\\b(deliver|lose|connect|reset|timer|heartbeat|timeout|delay)\\b");

    private LabViewModel model;
    private LabWindow window;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Locale.ENGLISH);
        UiExecutor ui = UiExecutor.fx();
        model = new LabViewModel(ClusterSpec.defaults(), ui, System::nanoTime);
        window = new LabWindow(model, i18n, new Appearance(), ui, Panels.all());
        window.attach(stage, 1400, 900);
        stage.show();
    }

    @Stop
    void stop() {
        model.close();
    }

    // ----- helpers -----

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    /** Lets virtual time run on at once, and waits until the window shows it. */
    private void run(long ms) throws Exception {
        long before = fx(() -> model.snapshot().timeMs());
        fx(() -> {
            model.runFor(ms);
            return null;
        });
        waitUntil("virtual time has moved on", () -> model.snapshot().timeMs() >= before + ms);
    }

    private LabSnapshot snapshot() throws Exception {
        return fx(model::snapshot);
    }

    private Point2D onScreen(Supplier<Optional<Point2D>> local) throws Exception {
        TopologyView topology = window.topology();
        waitUntil("the canvas has drawn it", () -> local.get().isPresent());
        return fx(() -> topology.localToScreen(local.get().orElseThrow()));
    }

    private void openLinkMenu(FxRobot robot, String master, String replica) throws Exception {
        robot.clickOn(onScreen(() -> window.topology().pointOfLink(master, replica)), MouseButton.PRIMARY);
    }

    private void writeOnMaster(FxRobot robot) throws Exception {
        robot.clickOn(onScreen(() -> window.topology().pointOfNode("master")), MouseButton.SECONDARY);
        robot.clickOn("#menu-write");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    // ----- the clock -----

    @Test
    @DisplayName("Step runs exactly one event, and pauses")
    void stepRunsOneEvent(FxRobot robot) throws Exception {
        run(1200);
        long before = snapshot().eventsRun();
        robot.clickOn("#step");
        waitUntil("one more event", () -> model.snapshot().eventsRun() == before + 1);
        model.whenIdle().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(before + 1, snapshot().eventsRun());
        assertFalse(fx(model::isPlaying));
    }

    @Test
    @DisplayName("Back gives the state before the last event, exactly")
    void stepBackRestoresTheState(FxRobot robot) throws Exception {
        run(2300);
        writeOnMaster(robot);
        waitUntil("the write is in flight", () -> !model.snapshot().packets().isEmpty());
        String before = SnapshotText.of(snapshot());
        long events = snapshot().eventsRun();
        robot.clickOn("#step");
        waitUntil("the step", () -> model.snapshot().eventsRun() == events + 1);
        robot.clickOn("#stepBack");
        waitUntil("the step back", () -> model.snapshot().eventsRun() == events);
        assertEquals(before, SnapshotText.of(snapshot()));
    }

    @Test
    @DisplayName("Back from inside a WAIT lands just before it, and the status bar says why")
    void stepBackOverAWait(FxRobot robot) throws Exception {
        run(2000);
        fx(() -> model.perform(LabActions.crash("replica-1"))).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        fx(() -> model.perform(LabActions.command("master", List.of("SET", "key", "value"))))
                .toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        long beforeTheWait = snapshot().eventsRun();
        fx(() -> model.perform(LabActions.command("master", List.of("WAIT", "2", "300"))))
                .toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        waitUntil("the WAIT has run events", () -> model.snapshot().eventsRun() > beforeTheWait);
        robot.clickOn("#stepBack");
        waitUntil("the step back", () -> model.snapshot().eventsRun() == beforeTheWait);
        String explained = i18n.get("status.steppedOver", "master> WAIT 2 300");
        waitUntil("the status bar explains", () -> text(robot, "#outcome").equals(explained));
    }

    @Test
    @DisplayName("Play and pause with Space; → steps one event; the time is shown")
    void keyboard(FxRobot robot) throws Exception {
        robot.clickOn("#time");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil("playing", () -> model.isPlaying() && model.snapshot().timeMs() > 200);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil("paused", () -> !model.isPlaying());
        model.whenIdle().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        long events = snapshot().eventsRun();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitUntil("one step", () -> model.snapshot().eventsRun() == events + 1);
        String seconds = String.format(Locale.ROOT, "%.3f", snapshot().timeMs() / 1000.0);
        waitUntil("the time label follows", () -> text(robot, "#time").equals("t = " + seconds + " s"));
    }

    @Test
    @DisplayName("a stray R keeps the lab; Shift+R resets it")
    void resetTakesShift(FxRobot robot) throws Exception {
        robot.clickOn("#time");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitUntil("one step", () -> model.snapshot().eventsRun() == 1);
        robot.press(KeyCode.R).release(KeyCode.R);
        model.whenIdle().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(1, snapshot().eventsRun());
        robot.press(KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT);
        waitUntil("reset", () -> model.snapshot().eventsRun() == 0);
    }

    @Test
    @DisplayName("+ and − change the speed through 0.1× … 50×")
    void speed(FxRobot robot) throws Exception {
        robot.clickOn("#faster").clickOn("#faster");
        assertEquals(5.0, fx(model::speed));
        assertEquals("5×", text(robot, "#speed"));
        robot.clickOn("#slower");
        assertEquals(2.0, fx(model::speed));
        for (int i = 0; i < 8; i++) {
            robot.clickOn("#faster");
        }
        assertEquals("50×", text(robot, "#speed"));
    }

    // ----- faults from the canvas -----

    @Test
    @DisplayName("Drop next on a link: the trace records the drop and the replica falls behind")
    void dropNextFromTheLinkMenu(FxRobot robot) throws Exception {
        run(2000);
        openLinkMenu(robot, "master", "replica-1");
        robot.clickOn("#menu-drop-next-down");
        waitUntil("the fault is armed", () -> model.snapshot().links().stream()
                .anyMatch(l -> l.from().equals("master") && l.to().equals("replica-1") && l.dropNextArmed() == 1));
        writeOnMaster(robot);
        run(300);
        waitUntil("a drop in the trace", () -> model.trace().stream().anyMatch(r -> r.kind() == TraceKind.DROPPED
                && r.text().contains("master->replica-1")));
        LabSnapshot after = snapshot();
        assertTrue(after.node("replica-1").offset() < after.node("master").offset(), "replica-1 is behind");
        assertEquals(after.node("master").offset(), after.node("replica-2").offset());
        assertTrue(fx(() -> model.journal().stream().anyMatch(e -> e.action().text().equals("drop next master->replica-1"))));
    }

    @Test
    @DisplayName("Kill link: the link is cut and the replica's lag climbs")
    void killLink(FxRobot robot) throws Exception {
        run(2000);
        openLinkMenu(robot, "master", "replica-1");
        robot.clickOn("#menu-kill");
        waitUntil("the link is dead", () -> model.snapshot().links().stream().anyMatch(l -> l.dead()));
        run(4000);
        ReplicaView replica = snapshot().node("master").replicas().stream()
                .filter(r -> r.name().equals("replica-1")).findFirst().orElseThrow();
        assertTrue(replica.lagSeconds() >= 4, "lag " + replica.lagSeconds());
        openLinkMenu(robot, "master", "replica-1");
        robot.clickOn("#menu-heal");
        waitUntil("the link is healed", () -> model.snapshot().links().stream().noneMatch(l -> l.dead()));
    }

    @Test
    @DisplayName("A held packet waits half way; clicking it and Deliver sends it on")
    void packetMenu(FxRobot robot) throws Exception {
        run(2000);
        openLinkMenu(robot, "master", "replica-1");
        robot.clickOn("#menu-hold-next-down");
        writeOnMaster(robot);
        run(500);
        waitUntil("a held packet", () -> model.snapshot().packets().stream().anyMatch(p -> p.held()));
        long id = snapshot().packets().stream().filter(p -> p.held()).findFirst().orElseThrow().id();
        robot.clickOn(onScreen(() -> window.topology().pointOfPacket(id)), MouseButton.PRIMARY);
        robot.clickOn("#menu-packet-deliver");
        waitUntil("it was delivered by hand", () -> model.trace().stream()
                .anyMatch(r -> r.packetId() == id && r.text().contains("delivered by hand")));
        waitUntil("replica-1 caught up", () -> model.snapshot().node("replica-1").offset()
                == model.snapshot().node("master").offset());
    }

    @Test
    @DisplayName("From the keyboard: K selects a packet in flight, Enter opens its menu")
    void packetMenuFromTheKeyboard(FxRobot robot) throws Exception {
        run(2000);
        fx(() -> model.perform(new LabAction("hold next master->replica-2")));
        robot.clickOn("#writeKey");
        run(300);
        waitUntil("a held packet", () -> model.snapshot().packets().stream().anyMatch(p -> p.held()));
        long id = snapshot().packets().stream().filter(p -> p.held()).findFirst().orElseThrow().id();
        robot.clickOn(onScreen(() -> Optional.of(new Point2D(5, 5))));
        robot.press(KeyCode.K).release(KeyCode.K);
        waitUntil("the packet is selected", () -> model.selectedPacketProperty().get() == id);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#menu-packet-drop");
        waitUntil("it was dropped by hand", () -> model.trace().stream()
                .anyMatch(r -> r.packetId() == id && r.text().contains("dropped by hand")));
    }

    @Test
    @DisplayName("Crash from a node's menu greys it out; Restart brings it back")
    void crashAndRestart(FxRobot robot) throws Exception {
        run(1000);
        robot.clickOn(onScreen(() -> window.topology().pointOfNode("replica-2")), MouseButton.SECONDARY);
        robot.clickOn("#menu-crash");
        waitUntil("replica-2 is down", () -> !model.snapshot().node("replica-2").up());
        assertEquals("replica-2", fx(() -> model.selectedNodeProperty().get()));
        robot.clickOn(onScreen(() -> window.topology().pointOfNode("replica-2")), MouseButton.SECONDARY);
        robot.clickOn("#menu-restart");
        waitUntil("replica-2 is up", () -> model.snapshot().node("replica-2").up());
    }

    @Test
    @DisplayName("Open a TCP port: a plain client talks RESP to that node")
    void tcpPort(FxRobot robot) throws Exception {
        run(1000);
        robot.clickOn(onScreen(() -> window.topology().pointOfNode("replica-1")), MouseButton.SECONDARY);
        robot.clickOn("#menu-tcp");
        waitUntil("the port is open", () -> model.tcpPorts().containsKey("replica-1"));
        int port = fx(() -> model.tcpPorts().get("replica-1"));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[7];
            new DataInputStream(socket.getInputStream()).readFully(reply);
            assertEquals("+PONG\r\n", new String(reply, StandardCharsets.US_ASCII));
        }
        assertTrue(text(robot, "#outcome").contains("127.0.0.1:" + port));
    }

    // ----- the window -----

    @Test
    @DisplayName("Choosing 5 replicas starts a fresh lab of six nodes; a backlog size changes the running lab")
    void replicaCount(FxRobot robot) throws Exception {
        run(1000);
        robot.clickOn("#replicas").clickOn("#replicas-5");
        waitUntil("six nodes", () -> model.snapshot().nodes().size() == 6 && model.snapshot().eventsRun() == 0);
        waitUntil("the label follows", () -> text(robot, "#replicas").equals("Replicas: 5"));
        robot.clickOn("#replicas").clickOn("Master's backlog size (repl-backlog-size)").clickOn("#backlog-256");
        waitUntil("the action is logged", () -> !model.journal().isEmpty());
        run(1000);
        waitUntil("a 256-byte backlog on the running lab", () -> model.snapshot().node("master").backlog() != null
                && model.snapshot().node("master").backlog().sizeBytes() == 256);
        assertEquals("config master repl-backlog-size 256", fx(() -> model.journal().get(0).action().text()));
    }

    @Test
    @DisplayName("P is presentation mode (the canvas alone); ? opens the help sheet and Esc closes it; W writes")
    void presentationHelpAndWrite(FxRobot robot) throws Exception {
        run(1000);
        robot.clickOn("#time");
        robot.press(KeyCode.P).release(KeyCode.P);
        waitUntil("the canvas alone", () -> robot.lookup("#bottomPanels").tryQuery().map(n -> n.getScene() == null)
                .orElse(true) && !robot.lookup("#replicas").query().isVisible());
        robot.press(KeyCode.P).release(KeyCode.P);
        waitUntil("the panels are back", () -> robot.lookup("#bottomPanels").query().getScene() != null);
        robot.write('?');
        waitUntil("the help sheet", () -> robot.lookup("#help").query().isVisible());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("no help sheet", () -> !robot.lookup("#help").query().isVisible());
        robot.press(KeyCode.W).release(KeyCode.W);
        waitUntil("a key on the master", () -> model.snapshot().node("master").keyCount() == 1);
        assertEquals("master> SET key:1 value-1", fx(() -> model.journal().get(0).action().text()));
    }

    @Test
    @DisplayName("The dark theme re-inks the canvas through CSS")
    void darkTheme(FxRobot robot) throws Exception {
        assertEquals(Color.web("#f7f8fa"), fx(() -> window.topology().ink(Ink.BACKGROUND)));
        robot.clickOn("#view").clickOn("#darkTheme");
        waitUntil("dark inks", () -> window.topology().ink(Ink.BACKGROUND).equals(Color.web("#14171b")));
    }

    @Test
    @DisplayName("Switching to Chinese relabels the window at once")
    void languageSwitch(FxRobot robot) throws Exception {
        assertEquals("▶  Play", robot.lookup("#play").queryAs(Button.class).getText());
        ComboBox<?> language = robot.lookup("#language").queryComboBox();
        robot.clickOn(language).clickOn("简体中文");
        waitUntil("Chinese", () -> i18n.locale().equals(Locale.SIMPLIFIED_CHINESE));
        assertEquals("▶  播放", robot.lookup("#play").queryAs(Button.class).getText());
        assertEquals("单步 ›", robot.lookup("#step").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#time").queryAs(Label.class).getText().endsWith(" 秒"));
        assertEquals("复制实验室", fx(() -> ((Stage) language.getScene().getWindow()).getTitle()));
    }
    @Test
    @DisplayName("Step by step in Chinese, the status bar's next event has no English event word; English is the lab's own")
    void nextEventInChinese(FxRobot robot) throws Exception {
        run(1200);
        Label next = robot.lookup("#nextEvent").queryAs(Label.class);
        waitUntil("the next event is shown", () -> !next.getText().isEmpty());
        assertEquals("Next: " + snapshot().nextEvent(), fx(next::getText));
        fx(() -> {
            i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            return null;
        });
        boolean packetSeen = false;
        boolean timerSeen = false;
        for (int step = 0; step < 40 && !(packetSeen && timerSeen); step++) {
            String english = snapshot().nextEvent();
            String chinese = fx(next::getText);
            assertTrue(chinese.startsWith("下一步："), chinese);
            assertFalse(ENGLISH_EVENT_WORD.matcher(chinese).find(), chinese + " (" + english + ")");
            packetSeen |= english.startsWith("deliver #");
            timerSeen |= english.endsWith(": heartbeat") || english.endsWith(": cron");
            long before = snapshot().eventsRun();
            robot.clickOn("#step");
            waitUntil("one more event", () -> model.snapshot().eventsRun() == before + 1);
        }
        assertTrue(packetSeen && timerSeen, "stepped over a packet and a timer");
        fx(() -> {
            i18n.setLocale(Locale.ENGLISH);
            return null;
        });
        assertEquals("Next: " + snapshot().nextEvent(), fx(next::getText));
    }
}
