package com.replicationlab.lesson;

import com.replicationlab.script.Session;
import com.replicationlab.script.SessionListener;
import com.replicationlab.script.StatementResult;

import java.util.ArrayList;
import java.util.List;

/**
 * One headless run of a lesson, the way a student who follows every step would go, with each
 * task done by its solution: every lab block runs, every task's goal is false before its solution
 * and true after it, every prediction gets its answer from the lab.
 */
final class LessonRun {
    private final Lesson lesson;
    private final List<LessonProblem> problems = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private final List<String> answerLines = new ArrayList<>();
    private Session session;

    private LessonRun(Lesson lesson) {
        this.lesson = lesson;
    }

    static LessonRun of(Lesson lesson, SessionListener... listeners) {
        LessonRun run = new LessonRun(lesson);
        run.session = new Session();
        for (SessionListener listener : listeners) {
            run.session.addListener(listener);
        }
        for (Step step : lesson.steps()) {
            for (Block block : step.activities()) {
                run.play(block);
            }
        }
        return run;
    }

    List<LessonProblem> problems() {
        return List.copyOf(problems);
    }

    /** The predictions' answers, in order, as shown. */
    List<String> answers() {
        return answers.stream().map(Answer::shown).toList();
    }

    /** "file:line: the lab answers 94": each prediction's answer where it is asked, for authors. */
    List<String> answerLines() {
        return List.copyOf(answerLines);
    }

    /** What two runs of the same lesson must agree on. */
    String fingerprint() {
        return answers() + " at " + session.lab().elapsedMs() + " ms after " + session.lab().trace().size() + " trace records";
    }

    private void play(Block block) {
        if (block instanceof LabBlock lab) {
            report(lab.run(session));
        } else if (block instanceof TaskBlock task) {
            task(task);
        } else if (block instanceof PredictBlock predict) {
            predict(predict);
        }
        // quizzes and notes do nothing in the lab
    }

    private void task(TaskBlock task) {
        GoalReport before = task.check(session.lab(), Replay.copier(session));
        if (before.met()) {
            problems.add(LessonProblem.at(lesson.file(), task.line(), "the goal already holds before the solution: "
                    + "a task must ask for something the student has to do"));
        }
        report(task.runSolution(session));
        GoalReport after = task.check(session.lab(), Replay.copier(session));
        for (StatementResult unmet : after.unmet()) {
            problems.add(LessonProblem.at(lesson.file(), unmet.statement().position().line(),
                    "the solution does not reach this goal: " + describe(unmet)));
        }
    }

    private void predict(PredictBlock predict) {
        Revealed revealed = predict.reveal(session);
        report(revealed.results());
        if (!revealed.answer().available()) {
            problems.add(LessonProblem.at(lesson.file(), predict.answer().line(), "the lab has no answer: "
                    + revealed.answer().shown()));
        }
        answers.add(revealed.answer());
        answerLines.add(lesson.file() + ":" + predict.answer().line() + ": the lab answers " + revealed.answer().shown());
    }

    private void report(List<StatementResult> results) {
        for (StatementResult result : results) {
            if (result.outcome().failed()) {
                problems.add(LessonProblem.at(lesson.file(), result.statement().position().line(), describe(result)));
            }
        }
    }

    private static String describe(StatementResult result) {
        String detail = result.outcome().detail();
        return result.statement().action().text() + (detail.isEmpty() ? "" : " — " + detail);
    }
}
