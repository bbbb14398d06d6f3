package com.replicationlab.script;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Minimal scenarios of engine bugs found while writing the scenarios; each passes once its bug is fixed. */
@DisplayName("Known engine bugs")
class KnownEngineBugsTest {
    private static final Path BUGS = Path.of("src/test/resources/script/bugs");

    @Test
    @Disabled("engine bug: MasterSide.resendIfLost takes a GETACK answer for a lost-bytes signal (see the scenario's header)")
    @DisplayName("a WAIT does not make the master drop a healthy replica")
    void waitDoesNotCauseAFullResync() throws IOException, ScriptException {
        List<String> trace = new ArrayList<>();
        RunReport report = ScriptRunner.run(ScenarioFilesTest.load(BUGS.resolve("wait-causes-needless-full-resync.lab")),
                new TracePrinter(trace::add));
        assertTrue(report.passed(), report.failures().stream().map(StatementResult::describe).collect(Collectors.joining("\n")));
        assertTrue(trace.stream().noneMatch(line -> line.contains("re-sending") || line.contains("left the backlog")),
                "nothing was lost, so nothing is re-sent");
    }
}
