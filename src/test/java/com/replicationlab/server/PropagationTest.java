package com.replicationlab.server;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Propagation: a unit's commands go where the unit was begun to send them")
class PropagationTest {

    private static List<byte[]> command(String... words) {
        List<byte[]> command = new ArrayList<>();
        for (String word : words) {
            command.add(word.getBytes(StandardCharsets.US_ASCII));
        }
        return command;
    }

    /** What a sink received, as "db:WORD WORD" lines. */
    private static final class Received implements Propagation.Sink {
        final List<String> lines = new ArrayList<>();

        @Override
        public void feed(int dbIndex, List<byte[]> command) {
            StringBuilder line = new StringBuilder().append(dbIndex).append(':');
            for (byte[] word : command) {
                line.append(' ').append(new String(word, StandardCharsets.US_ASCII));
            }
            lines.add(line.toString());
        }
    }

    @Test
    @DisplayName("one command goes as it is; several go wrapped in MULTI ... EXEC")
    void feedsTheUnit() {
        Propagation propagation = new Propagation();
        Received sink = new Received();
        propagation.begin(sink);
        propagation.add(0, command("SET", "a", "1"));
        propagation.end();
        assertEquals(List.of("0: SET a 1"), sink.lines);

        sink.lines.clear();
        propagation.begin(sink);
        propagation.add(0, command("SET", "a", "1"));
        propagation.add(0, command("DEL", "b"));
        propagation.end();
        assertEquals(List.of("0: MULTI", "0: SET a 1", "0: DEL b", "0: EXEC"), sink.lines);
    }

    @Test
    @DisplayName("a unit begun to send nowhere (what a replica's master sent) keeps nothing, and the next unit starts empty")
    void aUnitForNobodyKeepsNothing() {
        Propagation propagation = new Propagation();
        Received sink = new Received();
        propagation.begin(null);
        propagation.add(0, command("SET", "a", "1"));
        propagation.end();
        propagation.begin(sink);
        propagation.add(0, command("SET", "b", "2"));
        propagation.end();
        assertEquals(List.of("0: SET b 2"), sink.lines);
    }

    @Test
    @DisplayName("a unit begun inside another is part of it: the outermost unit decides where its commands go")
    void theOutermostUnitDecides() {
        Propagation propagation = new Propagation();
        Received outer = new Received();
        Received inner = new Received();
        propagation.begin(outer);
        propagation.add(0, command("SET", "a", "1"));
        propagation.begin(inner);
        propagation.add(0, command("SET", "b", "2"));
        propagation.end();
        assertEquals(List.of(), outer.lines, "nothing leaves before the outermost unit ends");
        propagation.end();
        assertEquals(List.of("0: MULTI", "0: SET a 1", "0: SET b 2", "0: EXEC"), outer.lines);
        assertEquals(List.of(), inner.lines);

        Received sink = new Received();
        propagation.begin(null);
        propagation.begin(sink);
        propagation.add(0, command("SET", "c", "3"));
        propagation.end();
        propagation.end();
        assertEquals(List.of(), sink.lines);
    }
}
