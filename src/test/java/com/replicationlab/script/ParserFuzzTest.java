package com.replicationlab.script;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@DisplayName("The parser, fed random lines, only ever succeeds or throws a ScriptException")
class ParserFuzzTest {
    private static final long SEED = 20_260_101L;
    private static final int LINES = 20_000;
    /** Pieces of real lines, so that random lines get deep into the grammar, not only its first word. */
    private static final List<String> PIECES = List.of("cluster", "replicas=", "latency=", "seed=", "backlog=", "recovery=",
            "config", "drop", "duplicate", "hold", "release", "delay", "jitter", "kill", "heal", "close", "crash",
            "restart", "promote", "advance", "step", "expect", "run", "until", "within", "recovery", "deliver", "packet",
            "next", "rate", "link", "master", "replica-1", "replica-2", "master>", "replica-1>", "->", "master->replica-1",
            ".", ".offset", ".lag", "offset", "==", "!=", "<", "<=", ">", ">=", "=", "+", "-", "nil", "error", "[", "]",
            ",", "\"", "'", "\\", "\\x", "\\xc3", "#", "%", "30%", "0", "1", "17", "-5", "500ms", "2s", "1.5s", "mb",
            "kb", "resend", "reconnect", "SET", "GET", "key", "value", "\"a b\"", "'c'", "NOREPLICAS", "é", "\t", " ", "  ");

    @Test
    void randomLinesParseOrFailWithAPositionAndWhatParsesPrintsBackToItself() {
        Random random = new Random(SEED);
        int parsed = 0;
        for (int i = 0; i < LINES; i++) {
            String line = randomLine(random);
            try {
                Action action = ScriptParser.parseAction("fuzz", line);
                parsed++;
                assertEquals(action, ScriptParser.parseAction("fuzz", action.text()), "round trip of: " + line);
            } catch (ScriptException expected) {
                assertTrue(expected.getMessage().startsWith("fuzz:1:"), expected.getMessage());
            } catch (RuntimeException e) {
                fail("line " + i + " of seed " + SEED + " threw " + e + ": " + line, e);
            }
        }
        assertTrue(parsed > LINES / 50, "too few random lines parsed to exercise the actions: " + parsed);
    }

    private static String randomLine(Random random) {
        StringBuilder line = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                line.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
            } else if (kind < 3) {
                line.append((char) random.nextInt(0x80));
            } else {
                line.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextInt(3) > 0) {
                line.append(' ');
            }
        }
        return line.toString();
    }
}
