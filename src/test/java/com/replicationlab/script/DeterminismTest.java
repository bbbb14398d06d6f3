package com.replicationlab.script;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A scenario run twice prints the same trace, byte for byte")
class DeterminismTest {

    private static String traceOf(String scenario) throws IOException, ScriptException {
        List<String> lines = new ArrayList<>();
        ScriptRunner.run(ScenarioFilesTest.load(ScenarioFilesTest.SCENARIOS.resolve(scenario)), new TracePrinter(lines::add));
        return String.join("\n", lines);
    }

    @ParameterizedTest
    @ValueSource(strings = {"drop-rate.lab", "crash-restart.lab", "promote.lab"})
    void sameScenarioSameTrace(String scenario) throws IOException, ScriptException {
        String first = traceOf(scenario);
        String second = traceOf(scenario);
        assertEquals(first, second);
        assertTrue(first.lines().count() > 150, "the trace is too short to show anything: " + first.lines().count());
        assertTrue(first.contains(" delivered ") && first.contains(" expect "), "the trace shows packets and checks");
    }
}
