package com.replicationlab.ui.console;

import com.replicationlab.ui.heartbeat.PanelBench;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@DisplayName("Console panel (TestFX, headless)")
class ConsolePanelGuiTest {
    private PanelBench bench;

    @Start
    void start(Stage stage) {
        bench = PanelBench.open(stage);
    }

    @Stop
    void stop() {
        bench.close();
    }

    private void type(FxRobot robot, String line) {
        robot.clickOn("#consoleInput").write(line).type(KeyCode.ENTER);
    }

    private List<String> output() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<TranscriptLine> list = bench.lookup("#consoleOutput", ListView.class);
        return fx(() -> list.getItems().stream().map(TranscriptLine::text).toList());
    }

    private void waitForOutput(String line) throws Exception {
        waitUntil("the console shows " + line, () -> output().contains(line));
    }

    @Test
    @DisplayName("master> SET k v answers OK, the replica gets the key, and the line is in the action log")
    void setOnTheMaster(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.console");
        type(robot, "SET k v");
        waitForOutput("OK");
        assertTrue(output().contains("master> SET k v"));
        bench.run(200);
        waitUntil("replica-1 has k", () -> bench.model.snapshot().node("replica-1").keys().stream()
                .anyMatch(key -> key.key().equals("k") && key.value().equals("\"v\"")));
        assertTrue(fx(() -> bench.model.journal().stream().anyMatch(e -> e.action().text().equals("master> SET k v"))));
    }

    @Test
    @DisplayName("opening the console's tab puts the cursor in its prompt: typed letters go to the node, not to the window's keys")
    void openingTheTabFocusesThePrompt(FxRobot robot) throws Exception {
        bench.run(1500);
        long before = fx(() -> bench.model.snapshot().timeMs());
        bench.show("panel.console");
        waitUntil("the prompt has the keyboard", () -> fx(() -> bench.lookup("#consoleInput", TextField.class).isFocused()));
        robot.write("SET reset pressed").type(KeyCode.ENTER);
        waitForOutput("OK");
        assertTrue(fx(() -> bench.model.snapshot().timeMs()) >= before, "the lab was not reset by the letter r");
    }

    @Test
    @DisplayName("replies read as in redis-cli: integers, nil, errors, numbered lists")
    void replies(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.console");
        type(robot, "RPUSH list a b");
        waitForOutput("(integer) 2");
        type(robot, "LRANGE list 0 -1");
        waitForOutput("2) \"b\"");
        type(robot, "GET nothing");
        waitForOutput("(nil)");
        type(robot, "replica-1> SET x 1");
        waitForOutput("(error) READONLY You can't write against a read only replica.");
    }

    @Test
    @DisplayName("a lab action typed in the console is done, and appears in the action log")
    void labAction(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.console");
        type(robot, "drop next master->replica-1");
        waitUntil("the action is logged", () -> bench.model.journal().stream()
                .anyMatch(e -> e.action().text().equals("drop next master->replica-1")));
        waitUntil("the link is armed", () -> bench.model.snapshot().links().stream()
                .anyMatch(l -> l.from().equals("master") && l.to().equals("replica-1") && l.dropNextArmed() == 1));
    }

    @Test
    @DisplayName("every line gets an answer: a bad line an error, a refused action the lab's words")
    void badLines(FxRobot robot) throws Exception {
        bench.run(500);
        bench.show("panel.console");
        type(robot, "SET k \"open");
        waitForOutput("(error) Invalid argument(s): unbalanced quotes");
        type(robot, "drop next");
        waitForOutput("✗ not understood; the form is: drop next A->B | drop packet ID | drop rate 30% A->B");
        type(robot, "crash nobody");
        waitUntil("the lab's refusal shows", () -> output().stream()
                .anyMatch(l -> l.startsWith("✗ the lab refused: unknown node 'nobody'")));
        type(robot, "FLY me");
        waitUntil("the node's error shows", () -> output().stream().anyMatch(l -> l.startsWith("(error) ERR unknown command")));
    }

    @Test
    @DisplayName("↑ and ↓ walk the history; Tab completes a command name")
    void historyAndCompletion(FxRobot robot) throws Exception {
        bench.run(500);
        bench.show("panel.console");
        type(robot, "SET a 1");
        type(robot, "GET a");
        waitForOutput("\"1\"");
        TextField input = bench.lookup("#consoleInput", TextField.class);
        robot.clickOn(input).type(KeyCode.UP);
        assertEquals("GET a", fx(input::getText));
        robot.type(KeyCode.UP);
        assertEquals("SET a 1", fx(input::getText));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertEquals("", fx(input::getText));
        robot.write("WA").type(KeyCode.TAB);
        assertEquals("WAIT ", fx(input::getText));
        assertTrue(fx(input::isFocused), "Tab completes rather than moving the focus on");
    }

    @Test
    @DisplayName("WAIT blocks in virtual time and answers with the count of replicas that acknowledged")
    void waitCommand(FxRobot robot) throws Exception {
        bench.run(1500);
        bench.show("panel.console");
        type(robot, "SET w 1");
        type(robot, "WAIT 2 1000");
        waitForOutput("(integer) 2");
    }
}
