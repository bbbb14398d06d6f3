package com.replicationlab.ui.console;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.script.Action;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a student types, the console answers: the line becomes a request, and a request for an
 * action either does not parse (a ScriptException, shown as an error) or is performed and gives an
 * outcome. Nothing else may escape, since an exception there would leave the console silent.
 */
@Label("Console: any typed line gets a reply or an error, never an exception")
class ConsoleLinesPropertyTest {
    private static final List<String> PIECES = List.of("master>", "replica-1>", "replica-9>", "SET", "GET", "INCR",
            "DEL", "CONFIG", "config", "SET", "repl-timeout", "min-replicas-to-write", "INFO", "replication", "WAIT",
            "drop", "next", "rate", "duplicate", "hold", "release", "deliver", "delay", "kill", "heal", "close", "crash",
            "restart", "promote", "advance", "step", "help", "link", "master->replica-1", "replica-1->master", "->",
            "replica-1", "replica-2", "master", "k", "v", "\"", "'", "\\", "\\x", "\"a b\"", "0", "-1", "1", "30%",
            "300%", "500ms", "2s", "1e9", "99999999999999999999", "é", "\u0000", "\t", "#", "==", "DEBUG", "SHUTDOWN",
            "REPLICAOF", "NO", "ONE", "FLUSHALL", "MULTI", "EXEC");

    private final ConsoleLines lines = new ConsoleLines(Set.of("master", "replica-1", "replica-2"),
            name -> Map.of("replica-1", "master", "replica-2", "master").get(name));
    private final Session session = new Session(Lab.create(ClusterSpec.defaults()));

    @Property
    @Label("lines made of the console's words, quotes and junk")
    void wordsAndJunk(@ForAll("typedLines") String line) {
        answer(line);
    }

    @Property
    @Label("any string at all")
    void anyString(@ForAll String line) {
        answer(line);
    }

    private void answer(String line) {
        ConsoleRequest request = lines.read(line, "master");
        assertNotNull(request, line);
        if (request instanceof ConsoleRequest.Act act) {
            Action action;
            try {
                action = ScriptParser.parseAction("console", act.action().text());
            } catch (ScriptException refusedWithAMessage) {
                assertNotNull(refusedWithAMessage.getMessage());
                return;
            }
            assertNotNull(session.perform(action), line);
        }
    }

    @Provide
    Arbitrary<String> typedLines() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(6));
        return word.list().ofMaxSize(7).map(words -> String.join(" ", words));
    }
}
