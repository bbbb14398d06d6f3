package com.replicationlab.lesson;

import com.replicationlab.script.NodeCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Lesson files: Markdown with blocks that run")
class LessonParserTest {
    private static final String FILE = "lessons/en/99-test.md";
    private static final String START = "# Title\n\n## Step one\n\n```lab\ncluster replicas=1\n```\n\n";

    static Lesson parse(String text) throws LessonFormatException {
        return LessonParser.parse(FILE, "99-test", "en", text);
    }

    /** The problems of a lesson that must not parse, as "file:line: message" lines. */
    static List<String> problems(String text) {
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> parse(text));
        return e.problems().stream().map(LessonProblem::toString).toList();
    }

    @Nested
    @DisplayName("a good lesson")
    class Good {
        private static final String TEXT = """
                # A master and a replica

                Intro *prose*.

                ## The lab

                Before the block.

                ```lab
                cluster replicas=1   # one replica
                advance 500ms
                ```

                After the block.

                ```predict
                What is the offset
                  after the write?
                do: master> SET key value
                answer: master.offset - replica-1.offset
                why: The write is {answer} bytes
                  ahead.
                ```

                ## Your turn

                ```task
                Make replica-1 catch up.
                expect replica-1.offset == master.offset
                expect replica-1> GET key == "value"
                hint: Let time pass.
                hint: `advance 100ms`
                ```

                ```solution
                advance 100ms
                ```

                ```quiz
                Which is right?
                - [ ] This one
                  No: explained.
                - [x] That one
                  Yes: explained
                  over two lines.
                ```

                ```
                a code sample, shown as prose
                ```

                ```notes
                For the teacher.
                ```

                ```predict
                What does replica-1 answer?
                answer: replica-1> GET key
                why: It has the key.
                ```
                """;

        @Test
        void titleIntroAndStepsWithTheirHeadingLines() throws Exception {
            Lesson lesson = parse(TEXT);
            assertEquals("A master and a replica", lesson.title());
            assertEquals("Intro *prose*.", lesson.intro());
            assertEquals(List.of("The lab", "Your turn"), lesson.steps().stream().map(Step::title).toList());
            assertEquals(List.of(5, 25), lesson.steps().stream().map(Step::line).toList());
            assertEquals("99-test", lesson.id());
            assertEquals("en", lesson.language());
        }

        @Test
        void proseAndBlocksInOrderWithTheLinesOfTheirFences() throws Exception {
            Step step = parse(TEXT).step(0);
            assertEquals(List.of("prose", "lab", "prose", "predict"), step.blocks().stream().map(Block::kind).toList());
            assertEquals(List.of(7, 9, 14, 16), step.blocks().stream().map(Block::line).toList());
            assertEquals("After the block.", ((Prose) step.blocks().get(2)).markdown());
        }

        @Test
        void labActionsKeepTheirPositionInTheMarkdownFile() throws Exception {
            LabBlock lab = (LabBlock) parse(TEXT).step(0).activities().get(0);
            assertEquals(List.of("cluster replicas=1", "advance 500ms"), lab.lines());
            assertEquals(FILE + ":10:1", lab.actions().get(0).position().toString());
            assertEquals(11, lab.actions().get(1).position().line());
        }

        @Test
        void aPredictionHasItsQuestionActionsAnswerAndExplanation() throws Exception {
            PredictBlock predict = (PredictBlock) parse(TEXT).step(0).activities().get(1);
            assertEquals("What is the offset\nafter the write?", predict.question());
            assertEquals(List.of("master> SET key value"), predict.actionLines());
            assertEquals("master.offset - replica-1.offset", predict.answer().text());
            assertInstanceOf(AnswerQuery.Fields.class, predict.answer());
            assertEquals(20, predict.answer().line());
            assertEquals("The write is 33 bytes\nahead.", predict.why("33"));
        }

        @Test
        void aPredictionMayTakeItsAnswerFromACommandWhichThenRunsAsItsLastAction() throws Exception {
            PredictBlock predict = (PredictBlock) parse(TEXT).step(1).activities().get(3);
            AnswerQuery.Reply reply = assertInstanceOf(AnswerQuery.Reply.class, predict.answer());
            assertEquals(new NodeCommand("replica-1", List.of("GET", "key")), reply.command().action());
            assertEquals(List.of("replica-1> GET key"), predict.allActions().stream().map(s -> s.action().text()).toList());
        }

        @Test
        void aTaskHasItsTextGoalHintsAndTheSolutionAfterIt() throws Exception {
            TaskBlock task = (TaskBlock) parse(TEXT).step(1).activities().get(0);
            assertEquals("Make replica-1 catch up.", task.text());
            assertEquals(List.of("expect replica-1.offset == master.offset", "expect replica-1> GET key == \"value\""),
                    task.goalLines());
            assertEquals(List.of("Let time pass.", "`advance 100ms`"), task.hints());
            assertEquals(List.of("advance 100ms"), task.solutionLines());
            assertEquals(35, task.solutionLine());
            assertTrue(task.needsCopy(), "a reply goal runs its command on a copy of the lab");
        }

        @Test
        void aQuizHasChoicesWithExplanationsAndOneRightAnswer() throws Exception {
            QuizBlock quiz = (QuizBlock) parse(TEXT).step(1).activities().get(1);
            assertEquals("Which is right?", quiz.question());
            assertEquals(List.of(new QuizBlock.Choice("This one", false, "No: explained."),
                    new QuizBlock.Choice("That one", true, "Yes: explained\nover two lines.")), quiz.choices());
            assertEquals(1, quiz.rightChoice());
        }

        @Test
        void aFenceWithoutAKindIsProseAndNotesAreTheTeachersOnly() throws Exception {
            Step step = parse(TEXT).step(1);
            assertEquals(List.of("task", "quiz", "prose", "notes", "predict"), step.blocks().stream().map(Block::kind).toList());
            assertEquals("```\na code sample, shown as prose\n```", ((Prose) step.blocks().get(2)).markdown());
            assertEquals("For the teacher.", step.notes());
            assertEquals(new BlockRef(1, 2), step.refOf(step.blocks().get(3)));
        }
    }

    @Nested
    @DisplayName("a broken lesson says file:line and what is wrong")
    class Broken {

        @Test
        void anUnclosedFence() {
            assertEquals(List.of(FILE + ":9:1: the task block opened here is never closed (it needs a closing ```)"),
                    problems(START + "```task\nDo it.\nexpect master.offset == 1\n"));
        }

        @Test
        void anUnknownBlockKind() {
            assertEquals(List.of(FILE + ":9:1: unknown block kind 'lba' (kinds: lab, task, solution, quiz, predict, notes; "
                    + "a fence with no kind shows code)"), problems(START + "```lba\nadvance 1s\n```\n"));
        }

        @Test
        void aBadActionLineWithItsColumnInTheMarkdownFile() {
            assertEquals(List.of(FILE + ":10:1: unknown verb 'dorp' — did you mean 'drop'?"),
                    problems(START + "```lab\ndorp next master->replica-1\n```\n"));
        }

        @Test
        void aNodeTheClusterDoesNotHaveInALaterBlock() {
            assertEquals(List.of(FILE + ":11:8: unknown node 'replica-2' (nodes: master, replica-1) — did you mean 'replica-1'?"),
                    problems(START + "```task\nCut it.\nexpect replica-2.lag > 1\n```\n```solution\nadvance 1s\n```\n"));
        }

        @Test
        void aTaskWithoutItsSolution() {
            assertEquals(List.of(FILE + ":9: a task is followed by its solution block (```solution with the actions "
                    + "that reach the goal)"), problems(START + "```task\nDo it.\nexpect master.offset == 1\n```\n"));
        }

        @Test
        void aSolutionAwayFromItsTask() {
            assertEquals(List.of(FILE + ":9: a solution block belongs right after its task"),
                    problems(START + "```solution\nadvance 1s\n```\n"));
        }

        @Test
        void aTaskWithoutAGoal() {
            assertEquals(List.of(FILE + ":9: a task has a goal: one or more 'expect' lines"),
                    problems(START + "```task\nDo it.\n```\n```solution\nadvance 1s\n```\n"));
        }

        @Test
        void aQuizWithTwoRightAnswersAndAChoiceWithoutExplanation() {
            assertEquals(List.of(FILE + ":13: every choice has an explanation: indented lines below it",
                    FILE + ":9: a quiz has exactly one right choice ('- [x]'), not 2"),
                    problems(START + "```quiz\nWhich?\n- [x] A\n  Because.\n- [x] B\n```\n"));
        }

        @Test
        void aLineInABlockThatContinuesNothing() {
            assertEquals(List.of(FILE + ":12: this line continues nothing: indent it to continue the 'hint' above, "
                    + "or start it with one of hint:, expect"),
                    problems(START + "```task\nDo it.\nhint: one\nstray words\nexpect master.offset == 1\n```\n"
                            + "```solution\nmaster> SET a 1\n```\n"));
        }

        @Test
        void aPredictionWithoutAnAnswerOrWithATypedOne() {
            assertEquals(List.of(FILE + ":9: a prediction says where its answer comes from: 'answer: master.offset' "
                    + "or 'answer: replica-1> GET key'"), problems(START + "```predict\nHow many?\nwhy: Because.\n```\n"));
            assertEquals(List.of(FILE + ":11: an answer comes from the lab: a field such as master.offset (or a sum of "
                    + "fields and numbers), or a command such as replica-1> GET key"),
                    problems(START + "```predict\nHow many?\nanswer: 233\nwhy: Because.\n```\n"));
        }

        @Test
        void aLessonWhoseFirstBlockDoesNotStartTheCluster() {
            assertEquals(List.of(FILE + ":5: a lesson's first block is a lab block that starts with 'cluster ...', "
                    + "so that its lab (seed included) is always the same"),
                    problems("# Title\n\n## Step\n\n```lab\nadvance 1s\n```\n"));
        }

        @Test
        void aBlockInsideAListDoesNotRunSoItIsAnError() {
            assertEquals(List.of(FILE + ":11: a lab block inside a list or a quote does not run: put it at the left margin"),
                    problems(START + "- a list\n\n  ```lab\n  advance 1s\n  ```\n"));
        }

        @Test
        void aBlockBeforeTheFirstStepAndALessonWithoutTitle() {
            assertEquals(List.of(FILE + ":1: a lesson starts with its title: '# Title'",
                    FILE + ":3: a lab block belongs to a step: put a '## Step title' above it"),
                    problems("Prose.\n\n```lab\ncluster\n```\n## Step\n"));
        }
    }
}
