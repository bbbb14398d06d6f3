package com.replicationlab.lesson;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far a student got in one lesson, in any language: the step they are on, the furthest step
 * they have opened, whether they finished, the tasks they met, their quiz choices and their
 * predictions. Immutable: each {@code with...} gives a new one.
 *
 * @param step where the student is (to resume), from 0
 * @param reached the furthest step opened, from 0
 */
public record LessonProgress(int step, int reached, boolean finished, SortedSet<BlockRef> tasksDone,
                             SortedMap<BlockRef, Integer> quizChoices, SortedMap<BlockRef, Prediction> predictions) {

    /** A prediction as typed, and whether the lab agreed. */
    public record Prediction(String guess, boolean right) {
    }

    public static final LessonProgress NOT_STARTED = new LessonProgress(0, 0, false, new TreeSet<>(), new TreeMap<>(),
            new TreeMap<>());

    public LessonProgress {
        if (step < 0 || reached < 0) {
            throw new IllegalArgumentException("steps count from 0: " + step + ", " + reached);
        }
        tasksDone = Collections.unmodifiableSortedSet(new TreeSet<>(tasksDone));
        quizChoices = Collections.unmodifiableSortedMap(new TreeMap<>(quizChoices));
        predictions = Collections.unmodifiableSortedMap(new TreeMap<>(predictions));
    }

    /** The student is on {@code newStep}; {@link #reached()} keeps the furthest. */
    public LessonProgress atStep(int newStep) {
        return new LessonProgress(newStep, Math.max(reached, newStep), finished, tasksDone, quizChoices, predictions);
    }

    public LessonProgress finish() {
        return new LessonProgress(step, reached, true, tasksDone, quizChoices, predictions);
    }

    public LessonProgress withTaskDone(BlockRef task) {
        SortedSet<BlockRef> done = new TreeSet<>(tasksDone);
        done.add(task);
        return new LessonProgress(step, reached, finished, done, quizChoices, predictions);
    }

    /** The choice picked (from 0); a later pick replaces an earlier one. */
    public LessonProgress withQuizChoice(BlockRef quiz, int choice) {
        if (choice < 0) {
            throw new IllegalArgumentException("choices count from 0: " + choice);
        }
        SortedMap<BlockRef, Integer> choices = new TreeMap<>(quizChoices);
        choices.put(quiz, choice);
        return new LessonProgress(step, reached, finished, tasksDone, choices, predictions);
    }

    public LessonProgress withPrediction(BlockRef predict, String guess, boolean right) {
        SortedMap<BlockRef, Prediction> made = new TreeMap<>(predictions);
        made.put(predict, new Prediction(guess, right));
        return new LessonProgress(step, reached, finished, tasksDone, quizChoices, made);
    }

    public boolean isStarted() {
        return !equals(NOT_STARTED);
    }
}
