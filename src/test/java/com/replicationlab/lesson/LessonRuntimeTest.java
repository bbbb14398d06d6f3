package com.replicationlab.lesson;

import com.replicationlab.lab.Lab;
import com.replicationlab.script.Session;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Lessons in a running lab: blocks, live tasks, predictions, the way through")
class LessonRuntimeTest {
    private static final String TEXT = """
            # Runtime

            ## Start

            ```lab
            cluster replicas=1
            advance 500ms
            ```

            ```predict
            Offset after the write?
            do: master> SET key value
            answer: master.offset
            why: It is {answer}.
            ```

            ## Tasks

            ```task
            Let replica-1 catch up.
            expect replica-1.offset == master.offset
            ```

            ```solution
            advance 100ms
            ```

            ```task
            Give replica-1 the key color.
            expect replica-1> GET color == "blue"
            ```

            ```solution
            master> SET color blue
            advance 100ms
            ```

            ```predict
            What does replica-1 answer?
            answer: replica-1> GET color
            why: {answer}
            ```
            """;

    private static Lesson lesson() throws LessonFormatException {
        return LessonParser.parse("runtime.md", "runtime", "en", TEXT);
    }

    /** A session where the first step has run, as the window would have it. */
    private static Session afterFirstStep(Lesson lesson) {
        return Replay.of(LessonPath.before(lesson, 1));
    }

    @Nested
    @DisplayName("a prediction")
    class Prediction {

        @Test
        void runsItsActionsAfterTheGuessAndReadsTheAnswerFromTheLab() throws Exception {
            Lesson lesson = lesson();
            Session session = new Session();
            ((LabBlock) lesson.step(0).activities().get(0)).run(session);
            PredictBlock predict = (PredictBlock) lesson.step(0).activities().get(1);
            assertEquals("0", session.lab().field("master", "offset"), "nothing runs before the reveal");
            Revealed revealed = predict.reveal(session);
            assertFalse(revealed.failed());
            assertEquals("56", revealed.answer().shown());
            assertTrue(revealed.answer().accepts("56"));
            assertEquals("It is 56.", predict.why(revealed.answer().shown()));
        }

        @Test
        void withACommandAnswerTheCommandIsAnActionInTheLog() throws Exception {
            Lesson lesson = lesson();
            Session session = Replay.of(LessonPath.before(lesson, new BlockRef(1, 2)));
            PredictBlock predict = (PredictBlock) lesson.step(1).activities().get(2);
            Revealed revealed = predict.reveal(session);
            assertEquals("\"blue\"", revealed.answer().shown());
            List<String> log = session.log().lines();
            assertEquals("replica-1> GET color", log.get(log.size() - 1));
        }
    }

    @Nested
    @DisplayName("a task")
    class Task {

        @Test
        void fieldGoalsAreReadWithoutLeavingAMarkInTheLabOrItsLog() throws Exception {
            Lesson lesson = lesson();
            Session session = afterFirstStep(lesson);
            TaskBlock task = (TaskBlock) lesson.step(1).activities().get(0);
            long traceBefore = session.lab().trace().size();
            int logBefore = session.log().actions().size();
            GoalReport report = task.check(session.lab(), () -> {
                throw new AssertionError("a field goal needs no copy");
            });
            assertFalse(report.met());
            assertEquals("replica-1.offset is 0, master.offset is 56", report.unmet().get(0).outcome().detail());
            assertEquals(traceBefore, session.lab().trace().size());
            assertEquals(logBefore, session.log().actions().size());
        }

        @Test
        void replyGoalsRunTheirCommandOnACopyNeverOnTheLiveLab() throws Exception {
            Lesson lesson = lesson();
            Session session = afterFirstStep(lesson);
            TaskBlock task = (TaskBlock) lesson.step(1).activities().get(1);
            session.perform(new com.replicationlab.script.NodeCommand("master", List.of("SET", "color", "blue")));
            session.lab().advance(100);
            long traceBefore = session.lab().trace().size();
            List<Lab> copies = new ArrayList<>();
            LabCopier copier = Replay.copier(session);
            GoalReport report = task.check(session.lab(), () -> {
                Lab copy = copier.copy();
                copies.add(copy);
                return copy;
            });
            assertTrue(report.met(), report.toString());
            assertEquals(1, copies.size());
            assertEquals(session.lab().elapsedMs(), copies.get(0).elapsedMs(), "time that ran without an action is caught up");
            assertEquals(traceBefore, session.lab().trace().size());
        }

        @Test
        void aWatchSeesAGoalThatHoldsOnlyForAMomentInTheMiddleOfAnAction() throws Exception {
            Lesson lesson = LessonParser.parse("moment.md", "moment", "en", """
                    # Moment

                    ## Step

                    ```lab
                    cluster replicas=1
                    advance 2500ms
                    ```

                    ```task
                    Catch the master reporting lag 1.
                    expect replica-1.lag == 1
                    ```

                    ```solution
                    advance 700ms
                    ```
                    """);
            Session session = new Session();
            TaskWatch watch = new TaskWatch(session);
            ((LabBlock) lesson.step(0).activities().get(0)).run(session);
            TaskBlock task = (TaskBlock) lesson.step(0).activities().get(1);
            watch.watch(List.of(task));
            session.perform(new com.replicationlab.script.Advance(new com.replicationlab.script.TimeSpan(1000, "1s")));
            assertEquals("0", session.lab().field("replica-1", "lag"), "by the end of the second the next ACK is in");
            assertTrue(watch.isMet(task), "at 3.0 s, before the ACK of 3.4 s, the lag was 1");
        }

        @Test
        void aWatchTicksTasksOffAsTheStudentReachesThemAndTheyStayTicked() throws Exception {
            Lesson lesson = lesson();
            Session session = afterFirstStep(lesson);
            TaskWatch watch = new TaskWatch(session);
            List<TaskBlock> tasks = lesson.step(1).blocksOf(TaskBlock.class);
            List<String> ticked = new ArrayList<>();
            watch.onMet(task -> ticked.add(task.text()));
            watch.watch(tasks);
            assertNull(watch.lastReport(tasks.get(0)));

            session.lab().advance(100); // time runs with no action: field goals are checked after each event
            assertEquals(List.of("Let replica-1 catch up."), ticked);
            assertTrue(watch.isMet(tasks.get(0)));
            assertFalse(watch.isMet(tasks.get(1)));

            session.perform(new com.replicationlab.script.NodeCommand("master", List.of("SET", "color", "blue")));
            assertFalse(watch.isMet(tasks.get(1)), "the write has not reached replica-1 yet");
            session.perform(new com.replicationlab.script.Advance(new com.replicationlab.script.TimeSpan(100, "100ms")));
            assertEquals(List.of("Let replica-1 catch up.", "Give replica-1 the key color."), ticked);
            assertTrue(watch.isMet(tasks.get(0)), "met stays met though a new write put replica-1 behind for a while");
        }
    }

    @Nested
    @DisplayName("the way through")
    class WayThrough {

        @Test
        void theActionsBeforeAStepAreTheLabBlocksPredictionsAndSolutionsBeforeIt() throws Exception {
            Lesson lesson = lesson();
            assertEquals(List.of("cluster replicas=1", "advance 500ms", "master> SET key value"),
                    LessonPath.before(lesson, 1).stream().map(a -> a.text()).toList());
            assertEquals(List.of("cluster replicas=1", "advance 500ms", "master> SET key value", "advance 100ms",
                    "master> SET color blue", "advance 100ms", "replica-1> GET color"),
                    LessonPath.before(lesson, 2).stream().map(a -> a.text()).toList());
        }

        @Test
        void replayingThemRebuildsTheSameLab() throws Exception {
            Lesson lesson = lesson();
            Session once = Replay.of(LessonPath.before(lesson, 2));
            Session again = Replay.of(LessonPath.before(lesson, 2));
            assertEquals("90", once.lab().field("replica-1", "offset"));
            assertEquals(once.lab().trace().size(), again.lab().trace().size());
            assertEquals(once.lab().field("master", "master_replid"), again.lab().field("master", "master_replid"));
        }
    }
}
