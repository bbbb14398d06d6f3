package com.replicationlab.script;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The scenarios in scenarios/")
class ScenarioFilesTest {
    static final Path SCENARIOS = Path.of("scenarios");

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".lab")).sorted().toList();
        }
    }

    static Script load(Path file) throws IOException, ScriptException {
        return ScriptParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @TestFactory
    @DisplayName("every scenario passes")
    Stream<DynamicTest> everyScenarioPasses() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            RunReport report = ScriptRunner.run(load(file));
            String failures = report.failures().stream().map(StatementResult::describe).collect(Collectors.joining("\n"));
            assertTrue(report.passed(), failures);
            assertTrue(report.checks() >= 5, file + " checks too little: " + report.checks() + " expectations");
        }));
    }

    @TestFactory
    @DisplayName("every scenario line is written as its action prints it, so a saved log reads like a scenario")
    Stream<DynamicTest> everyLineIsInCanonicalForm() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (Statement statement : load(file).statements()) {
                String line = lines.get(statement.position().line() - 1).substring(statement.position().column() - 1);
                int comment = line.indexOf(" #");
                String written = (comment < 0 ? line : line.substring(0, comment)).strip();
                assertEquals(written, statement.action().text(), statement.position().toString());
            }
        }));
    }

    @Test
    @DisplayName("together the scenarios use every verb of the language")
    void theScenariosUseEveryVerb() throws IOException, ScriptException {
        List<String> used = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            for (Action action : load(file).actions()) {
                used.add(action instanceof NodeCommand ? "NODE>" : action.text().split(" ")[0]);
                used.add(action.text().split(" ").length > 1 ? action.text().split(" ")[0] + " " + action.text().split(" ")[1] : "");
            }
        }
        for (String verb : List.of("cluster", "NODE>", "config", "drop next", "drop rate", "drop packet", "duplicate next",
                "duplicate packet", "hold next", "hold packet", "release", "delay", "jitter", "kill link", "heal link",
                "close link", "crash", "restart", "promote", "advance", "step", "expect", "run until", "recovery",
                "deliver packet")) {
            assertTrue(used.contains(verb), "no scenario uses '" + verb + "'");
        }
    }

    @Test
    @DisplayName("the worked example's trace tells the re-send with the course's numbers")
    void theWorkedExampleTraceShowsTheResend() throws IOException, ScriptException {
        List<String> trace = new ArrayList<>();
        RunReport report = ScriptRunner.run(load(SCENARIOS.resolve("worked-example.lab")), new TracePrinter(trace::add));
        assertTrue(report.passed());
        assertTrue(trace.contains("     4.400  node      master     Replica replica-1 acked 200, master at 233: "
                + "re-sending 201..233 from backlog"), String.join("\n", trace));
        assertTrue(trace.contains("     2.500  sent      master     #19 master->replica-1 SET key value · 33 B"));
        assertTrue(trace.contains("     4.400  sent      master     #22 master->replica-1 re-send 201..233 · 33 B"));
    }
}
