package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How far the student is in one step, in this window: which of its activities have run, which
 * tasks are met, how many hints are showing, what was chosen and guessed. Kept by activity
 * number, which is the same in every language, so a language switch shows the same state.
 * UI thread only.
 */
final class StepState {
    /** A prediction revealed: the guess as typed and the lab's answer. */
    record Revealed(String guess, Answer answer) {
        boolean right() {
            return answer.accepts(guess);
        }
    }

    /** The first activity not yet passed: everything before it has run or been answered. */
    private int cursor;
    private final Set<Integer> tasksMet = new HashSet<>();
    private final Map<Integer, Integer> hintsShown = new HashMap<>();
    private final Map<Integer, Integer> quizChoices = new HashMap<>();
    private final Map<Integer, Revealed> revealed = new HashMap<>();

    int cursor() {
        return cursor;
    }

    void pass(int activity) {
        cursor = Math.max(cursor, activity + 1);
    }

    boolean started() {
        return cursor > 0;
    }

    boolean isMet(int task) {
        return tasksMet.contains(task);
    }

    /** True if this is news. */
    boolean meet(int task) {
        return tasksMet.add(task);
    }

    int hints(int task) {
        return hintsShown.getOrDefault(task, 0);
    }

    void showHint(int task) {
        hintsShown.merge(task, 1, Integer::sum);
    }

    Integer quizChoice(int quiz) {
        return quizChoices.get(quiz);
    }

    void choose(int quiz, int choice) {
        quizChoices.put(quiz, choice);
    }

    Revealed revealed(int predict) {
        return revealed.get(predict);
    }

    void reveal(int predict, Revealed answer) {
        revealed.put(predict, answer);
    }
}
