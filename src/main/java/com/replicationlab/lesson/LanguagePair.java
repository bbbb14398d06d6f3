package com.replicationlab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A translation against its reference: the same steps, and in each step the same blocks in the
 * same order with the same actions, goals, solutions, answers, number of hints and choices, and
 * the same right choice. Only the words may differ. Problems point into the translation.
 */
final class LanguagePair {
    private final Lesson reference;
    private final Lesson translation;
    private final List<LessonProblem> problems = new ArrayList<>();

    private LanguagePair(Lesson reference, Lesson translation) {
        this.reference = reference;
        this.translation = translation;
    }

    static List<LessonProblem> compare(Lesson reference, Lesson translation) {
        LanguagePair pair = new LanguagePair(reference, translation);
        pair.compareSteps();
        return List.copyOf(pair.problems);
    }

    private void compareSteps() {
        int steps = translation.steps().size();
        int expected = reference.steps().size();
        if (steps != expected) {
            int line = steps == 0 ? 1 : translation.steps().get(steps - 1).line();
            int referenceLine = reference.steps().get(Math.min(steps, expected - 1)).line();
            problem(line, "has " + steps + (steps == 1 ? " step, " : " steps, ") + where(referenceLine) + " has " + expected);
            return;
        }
        for (int i = 0; i < steps; i++) {
            compareStep(reference.step(i), translation.step(i));
        }
    }

    private void compareStep(Step expected, Step actual) {
        List<Block> want = expected.activities();
        List<Block> have = actual.activities();
        for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
            if (i >= have.size()) {
                problem(actual.line(), "step " + (actual.index() + 1) + " lacks the " + want.get(i).kind() + " block of "
                        + where(want.get(i).line()));
                return;
            }
            if (i >= want.size()) {
                problem(have.get(i).line(), "this " + have.get(i).kind() + " block is not in " + reference.language()
                        + " (" + reference.file() + ", step " + (expected.index() + 1) + ")");
                return;
            }
            Block a = want.get(i);
            Block b = have.get(i);
            if (!a.kind().equals(b.kind())) {
                problem(b.line(), "a " + b.kind() + " block here, a " + a.kind() + " block in " + where(a.line()));
                return;
            }
            String difference = difference(a, b);
            if (difference != null) {
                problem(b.line(), difference + " (" + where(a.line()) + ")");
            }
        }
    }

    /** What differs between two blocks of the same kind, or null. */
    private static String difference(Block a, Block b) {
        if (a instanceof LabBlock lab) {
            return differ("lab block", lab.lines(), ((LabBlock) b).lines());
        }
        if (a instanceof TaskBlock task) {
            return taskDifference(task, (TaskBlock) b);
        }
        if (a instanceof QuizBlock quiz) {
            QuizBlock other = (QuizBlock) b;
            if (quiz.choices().size() != other.choices().size()) {
                return "has " + other.choices().size() + " choices, not " + quiz.choices().size();
            }
            return quiz.rightChoice() == other.rightChoice() ? null
                    : "the right choice is number " + (other.rightChoice() + 1) + ", not " + (quiz.rightChoice() + 1);
        }
        if (a instanceof PredictBlock predict) {
            PredictBlock other = (PredictBlock) b;
            String actions = differ("prediction", predict.actionLines(), other.actionLines());
            if (actions != null) {
                return actions;
            }
            return predict.answer().text().equals(other.answer().text()) ? null
                    : "the answer is '" + other.answer().text() + "', not '" + predict.answer().text() + "'";
        }
        return null; // notes: only the words, which differ
    }

    private static String taskDifference(TaskBlock task, TaskBlock other) {
        String goal = differ("goal", task.goalLines(), other.goalLines());
        if (goal != null) {
            return goal;
        }
        String solution = differ("solution", task.solutionLines(), other.solutionLines());
        if (solution != null) {
            return solution;
        }
        return task.hints().size() == other.hints().size() ? null
                : "has " + other.hints().size() + " hints, not " + task.hints().size();
    }

    private static String differ(String what, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(nothing)";
            String have = i < actual.size() ? actual.get(i) : "(nothing)";
            if (!want.equals(have)) {
                return "the " + what + " differs at its action " + (i + 1) + ": '" + have + "', not '" + want + "'";
            }
        }
        return null;
    }

    private String where(int line) {
        return reference.file() + ":" + line;
    }

    private void problem(int line, String message) {
        problems.add(LessonProblem.at(translation.file(), line, message));
    }
}
