package com.replicationlab.lesson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Validating lessons: everything runs, every task is earned, translations match")
class LessonValidatorTest {
    private static final String START = "# Title\n\n## Step\n\n```lab\ncluster replicas=1\nadvance 500ms\n```\n\n";

    @TempDir
    Path course;

    private Path write(String language, String name, String text) throws IOException {
        Path file = course.resolve(language).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** The problems of one lesson file, with the temporary folder cut from the file names. */
    private List<String> problemsOf(LessonReport report) {
        return report.problems().stream().map(p -> p.toString().replace(course + "/", "")).toList();
    }

    @Nested
    @DisplayName("one lesson")
    class OneLesson {

        @Test
        void aLessonWhoseEveryBlockRunsPasses() throws IOException {
            LessonReport report = LessonValidator.validateFile(write("en", "01-ok.md", START + """
                    ```predict
                    Offset?
                    do: master> SET key value
                    answer: master.offset
                    why: {answer}
                    ```
                    """));
            assertEquals(List.of(), problemsOf(report));
            assertEquals("1 step: 1 lab block, 0 tasks, 1 prediction, 0 quizzes", report.summary());
            assertEquals(List.of(course.resolve("en/01-ok.md") + ":13: the lab answers 56"), report.answers());
        }

        @Test
        void aFailedActionInALabBlockIsReportedOnItsLine() throws IOException {
            LessonReport report = LessonValidator.validateFile(write("en", "01-fail.md", START
                    + "```lab\nexpect master.offset == 99\n```\n"));
            assertEquals(List.of("en/01-fail.md:11: expect master.offset == 99 — master.offset is 0"), problemsOf(report));
        }

        @Test
        void aTaskWhoseGoalAlreadyHoldsIsNotATask() throws IOException {
            LessonReport report = LessonValidator.validateFile(write("en", "01-free.md", START
                    + "```task\nDo nothing.\nexpect replica-1.offset == master.offset\n```\n```solution\nadvance 1s\n```\n"));
            assertEquals(List.of("en/01-free.md:10: the goal already holds before the solution: a task must ask for "
                    + "something the student has to do"), problemsOf(report));
        }

        @Test
        void aSolutionThatDoesNotReachTheGoalIsReportedOnTheGoalsLine() throws IOException {
            LessonReport report = LessonValidator.validateFile(write("en", "01-short.md", START
                    + "```task\nWrite it.\nexpect replica-1> GET key == \"value\"\n```\n```solution\nmaster> SET key value\n```\n"));
            assertEquals(List.of("en/01-short.md:12: the solution does not reach this goal: expect replica-1> GET key "
                    + "== \"value\" — replica-1 replied (nil)"), problemsOf(report));
        }

        @Test
        void aPredictionTheLabCannotAnswer() throws IOException {
            LessonReport report = LessonValidator.validateFile(write("en", "01-none.md", START
                    + "```predict\nWhat?\nanswer: master.no_such_field\nwhy: {answer}\n```\n"));
            assertEquals(List.of("en/01-none.md:12: the lab has no answer: master.no_such_field has no value"),
                    problemsOf(report));
        }

        @Test
        void aFileThatDoesNotParseIsUnreadable() throws IOException {
            LessonReport report = LessonValidator.validateFile(write("en", "01-broken.md", START + "```lab\nadvance\n```\n"));
            assertTrue(report.unreadable());
            assertEquals(List.of("en/01-broken.md:11:8: expected a time, e.g. 500ms or 2s"), problemsOf(report));
            assertEquals("does not parse", report.summary());
        }

        @Test
        void aFileNameThatIsNotAnId() throws IOException {
            LessonReport report = LessonValidator.validateFile(write("en", "Lesson One.md", START));
            assertEquals(List.of("en/Lesson One.md:1: a lesson's file name is its id: lower-case letters, digits and "
                    + "dashes, e.g. 06-lost-command.md"), problemsOf(report));
        }
    }

    @Nested
    @DisplayName("a course in two languages")
    class Translations {
        private static final String TASK = "```task\nWrite.\nexpect replica-1> GET k == \"v\"\nhint: On the master.\n```\n"
                + "```solution\nmaster> SET k v\nadvance 100ms\n```\n";
        private static final String QUIZ = "```quiz\nWhich?\n- [x] A\n  Yes.\n- [ ] B\n  No.\n```\n";

        @Test
        void translationsWithTheSameBlocksPass() throws IOException {
            write("en", "01-a.md", START + TASK + QUIZ);
            write("zh-CN", "01-a.md", START.replace("Title", "标题").replace("Step", "步骤") + TASK.replace("Write.", "写。")
                    + QUIZ.replace("Which?", "哪个？"));
            List<LessonReport> reports = LessonValidator.validateCourse(course);
            assertEquals(2, reports.size());
            assertEquals(List.of(List.of(), List.of()), reports.stream().map(LessonValidatorTest.this::problemsOf).toList());
        }

        @Test
        void aTranslationWithOtherActionsOrAnotherRightChoiceIsReportedInTheTranslation() throws IOException {
            write("en", "01-a.md", START + TASK + QUIZ);
            write("zh-CN", "01-a.md", START + TASK.replace("SET k v", "SET k w") + QUIZ.replace("[x] A", "[ ] A")
                    .replace("[ ] B", "[x] B"));
            List<String> problems = problemsOf(LessonValidator.validateCourse(course).get(1));
            assertEquals(List.of("zh-CN/01-a.md:12: the solution does not reach this goal: expect replica-1> GET k == \"v\" "
                            + "— replica-1 replied \"w\"",
                    "zh-CN/01-a.md:10: the solution differs at its action 1: 'master> SET k w', not 'master> SET k v' "
                            + "(en/01-a.md:10)",
                    "zh-CN/01-a.md:19: the right choice is number 2, not 1 (en/01-a.md:19)"),
                    problems);
        }

        @Test
        void aTranslationWithAStepLessOrAMissingTranslation() throws IOException {
            write("en", "01-a.md", START + "## Two\n\n" + QUIZ);
            write("zh-CN", "01-a.md", START);
            write("en", "02-b.md", START);
            List<LessonReport> reports = LessonValidator.validateCourse(course);
            assertEquals(List.of("en/02-b.md:1: no zh-CN version of this lesson"), problemsOf(reports.get(1)));
            assertEquals(List.of("zh-CN/01-a.md:3: has 1 step, en/01-a.md:10 has 2"),
                    problemsOf(reports.get(2)));
        }

        @Test
        void aTranslationValidatedAloneIsStillComparedWithItsReference() throws IOException {
            write("en", "01-a.md", START + QUIZ);
            Path translation = write("zh-CN", "01-a.md", START);
            assertEquals(List.of("zh-CN/01-a.md:3: step 1 lacks the quiz block of en/01-a.md:10"),
                    problemsOf(LessonValidator.validateFile(translation)));
        }
    }
}
