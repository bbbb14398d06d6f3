package com.replicationlab.ui.console;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

@DisplayName("Console: what a typed line asks for")
class ConsoleLinesTest {
    private final ConsoleLines lines = new ConsoleLines(Set.of("master", "replica-1", "replica-2"),
            name -> Map.of("replica-1", "master", "replica-2", "master").get(name));

    /** The action-language line a typed line becomes. */
    private String action(String typed) {
        return assertInstanceOf(ConsoleRequest.Act.class, lines.read(typed, "master")).action().text();
    }

    @Test
    @DisplayName("a command goes to the console's node, or to the node a prompt names")
    void commands() {
        assertEquals("master> SET k v", action("SET k v"));
        assertEquals("replica-1> GET k", action("replica-1> GET k"));
        assertEquals("master> SET k \"two words\"", action("SET k \"two words\""));
        assertEquals("replica-2> INFO replication",
                assertInstanceOf(ConsoleRequest.Act.class, lines.read("INFO replication", "replica-2")).action().text());
    }

    @Test
    @DisplayName("CONFIG the command and config the action are told apart by the node after it")
    void configTwoWays() {
        assertEquals("master> CONFIG SET repl-timeout 5", action("CONFIG SET repl-timeout 5"));
        assertEquals("master> config get repl-timeout", action("config get repl-timeout"));
        assertEquals("config replica-1 repl-timeout 5", action("config replica-1 repl-timeout 5"));
    }

    @Test
    @DisplayName("lab actions read as the window writes them")
    void labActions() {
        assertEquals("drop next master->replica-1", action("drop next master->replica-1"));
        assertEquals("drop rate 30% replica-1->master", action("drop rate 30% replica-1->master"));
        assertEquals("duplicate next master->replica-2", action("duplicate next master->replica-2"));
        assertEquals("hold next replica-1->master", action("hold next replica-1->master"));
        assertEquals("release replica-1->master", action("release replica-1->master"));
        assertEquals("delay master->replica-1 500ms", action("delay master->replica-1 0.5s"));
        assertEquals("kill link replica-1 master", action("kill link replica-1"));
        assertEquals("heal link master replica-2", action("heal link master replica-2"));
        assertEquals("close link replica-2 master", action("close link replica-2"));
        assertEquals("crash replica-1", action("crash replica-1"));
        assertEquals("restart replica-1", action("restart replica-1"));
        assertEquals("promote replica-2", action("promote replica-2"));
        assertEquals("drop packet 12", action("drop packet 12"));
        assertEquals("deliver packet 7", action("deliver packet 7"));
    }

    @Test
    @DisplayName("time, help, and lines that cannot be read (with the form they should take)")
    void others() {
        assertEquals(new ConsoleRequest.Advance(1500), lines.read("advance 1.5s", "master"));
        assertEquals(new ConsoleRequest.Step(3), lines.read("step 3", "master"));
        assertEquals(new ConsoleRequest.Step(1), lines.read("step", "master"));
        assertInstanceOf(ConsoleRequest.Help.class, lines.read("help", "master"));
        ConsoleRequest.Problem problem = assertInstanceOf(ConsoleRequest.Problem.class, lines.read("drop next", "master"));
        assertEquals("console.problem.usage", problem.key());
        assertEquals("drop next A->B | drop packet ID | drop rate 30% A->B", problem.args()[0]);
        assertEquals("console.problem.quotes",
                assertInstanceOf(ConsoleRequest.Problem.class, lines.read("SET k \"open", "master")).key());
        assertEquals("console.problem.usage",
                assertInstanceOf(ConsoleRequest.Problem.class, lines.read("kill link master", "master")).key());
    }
}
