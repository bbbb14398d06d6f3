package com.replicationlab.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("replication-lab run FILE...")
class RunCommandTest {
    private static final String DIR = "src/test/resources/script/cli/";

    private record Run(int status, List<String> lines) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        int status = commandLine.execute(args);
        return new Run(status, out.toString().lines().toList());
    }

    @Test
    void passingScenariosExitZeroWithASummary() {
        Run run = run("run", DIR + "passing.lab");
        assertEquals(0, run.status());
        assertEquals(List.of("ok   " + DIR + "passing.lab (2 expectations)", "1 passed, 0 failed"), run.lines());
    }

    @Test
    void failuresArePrintedWithFileLineAndActualValuesAndExitOne() {
        Run run = run("run", DIR + "failing.lab", DIR + "passing.lab");
        assertEquals(1, run.status());
        assertEquals(List.of(
                DIR + "failing.lab:7: expect replica-1.offset == master.offset — replica-1.offset is 14, master.offset is 70",
                DIR + "failing.lab:8: deliver packet 999 — no packet #999 is in flight",
                "FAIL " + DIR + "failing.lab (2 of 8 lines failed)",
                "ok   " + DIR + "passing.lab (2 expectations)",
                "1 passed, 1 failed"), run.lines());
    }

    @Test
    void aFileThatDoesNotParseExitsTwo() {
        Run run = run("run", DIR + "broken.lab", DIR + "failing.lab");
        assertEquals(2, run.status());
        assertEquals(DIR + "broken.lab:2:1: unknown verb 'dorp' — did you mean 'drop'?", run.lines().get(0));
        assertEquals("FAIL " + DIR + "broken.lab (does not parse)", run.lines().get(1));
        assertEquals("0 passed, 2 failed", run.lines().get(run.lines().size() - 1));
    }

    @Test
    void aMissingFileExitsTwo() {
        Run run = run("run", DIR + "no-such.lab");
        assertEquals(2, run.status());
        assertTrue(run.lines().get(0).startsWith(DIR + "no-such.lab: cannot read the file: "), run.lines().get(0));
    }

    @Test
    void aDirectoryRunsItsLabFilesInNameOrder() {
        Run run = run("run", DIR + "dir");
        assertEquals(1, run.status());
        assertEquals(List.of("FAIL " + DIR + "dir/a-failing.lab (2 of 8 lines failed)",
                "ok   " + DIR + "dir/b-passing.lab (2 expectations)", "1 passed, 1 failed"),
                run.lines().stream().filter(l -> !l.contains(".lab:")).toList());
    }

    @Test
    void traceInterleavesTheLabsRecordsWithTheActionsAndChecks() {
        Run run = run("run", "--trace", DIR + "passing.lab");
        assertEquals(0, run.status());
        List<String> lines = run.lines();
        assertEquals("     0.000  action    script     cluster replicas=1", lines.get(0));
        assertEquals("     0.000  node      master     master started on port 6379", lines.get(1));
        int set = lines.indexOf("     0.000  action    script     master> SET key value");
        int advance = lines.indexOf("     0.000  action    script     advance 2s");
        int check = lines.indexOf("     2.000  expect    script     passed expect replica-1> GET key == \"value\" — replica-1 replied \"value\"");
        assertTrue(0 < set && set < advance && advance < check, String.join("\n", lines));
        assertTrue(lines.subList(advance, check).stream().anyMatch(l -> l.contains(" delivered ")));
        assertEquals("1 passed, 0 failed", lines.get(lines.size() - 1));
    }

    @Nested
    @DisplayName("with lessons")
    class Lessons {
        private static final String LESSONS = "src/test/resources/lesson/";

        @Test
        void aCourseFolderValidatesEveryLessonInEveryLanguage() {
            Run run = run("run", LESSONS + "course");
            assertEquals(0, run.status(), String.join("\n", run.lines()));
            assertEquals(List.of(
                    "ok   " + LESSONS + "course/en/01-small.md (2 steps: 1 lab block, 1 task, 1 prediction, 1 quiz)",
                    "ok   " + LESSONS + "course/zh-CN/01-small.md (2 steps: 1 lab block, 1 task, 1 prediction, 1 quiz)",
                    "2 passed, 0 failed"), run.lines());
        }

        @Test
        void aSingleLessonFileAndALanguageFolder() {
            assertEquals(List.of("ok   " + LESSONS + "course/zh-CN/01-small.md (2 steps: 1 lab block, 1 task, 1 prediction, "
                    + "1 quiz)", "1 passed, 0 failed"), run("run", LESSONS + "course/zh-CN/01-small.md").lines());
            assertEquals(0, run("run", LESSONS + "course/en").status());
        }

        @Test
        void withTraceTheLabsRecordsAndEveryPredictionsAnswerArePrinted() {
            Run run = run("run", "--trace", LESSONS + "course/en/01-small.md");
            assertEquals(0, run.status());
            assertTrue(run.lines().contains("     0.000  action    script     cluster replicas=1"), String.join("\n", run.lines()));
            assertTrue(run.lines().contains(LESSONS + "course/en/01-small.md:17: the lab answers 56"),
                    String.join("\n", run.lines()));
        }

        @Test
        void brokenLessonsSayFileLineAndWhatIsWrongAndExitTwo() {
            Run run = run("run", LESSONS + "broken/en");
            assertEquals(2, run.status());
            assertEquals(List.of(
                    LESSONS + "broken/en/01-unclosed.md:5:1: the lab block opened here is never closed (it needs a closing ```)",
                    "FAIL " + LESSONS + "broken/en/01-unclosed.md (does not parse)",
                    LESSONS + "broken/en/02-unknown-kind.md:5:1: unknown block kind 'lba' (kinds: lab, task, solution, quiz, "
                            + "predict, notes; a fence with no kind shows code)",
                    "FAIL " + LESSONS + "broken/en/02-unknown-kind.md (does not parse)",
                    LESSONS + "broken/en/03-bad-action.md:7:1: unknown verb 'dorp' — did you mean 'drop'?",
                    "FAIL " + LESSONS + "broken/en/03-bad-action.md (does not parse)",
                    "0 passed, 3 failed"), run.lines());
        }

        @Test
        void scenariosStillRunBesideLessons() {
            Run run = run("run", DIR + "passing.lab", LESSONS + "course/en/01-small.md");
            assertEquals(0, run.status());
            assertEquals("2 passed, 0 failed", run.lines().get(run.lines().size() - 1));
        }

        @Test
        void aFolderWithNeitherScenariosNorLessons() {
            Run run = run("run", "src/test/resources/lesson");
            assertEquals(2, run.status());
            assertEquals("src/test/resources/lesson: no .lab files or lessons in this directory", run.lines().get(0));
        }
    }
}
