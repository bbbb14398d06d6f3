package com.replicationlab.lesson;

import java.util.List;
import java.util.stream.Collectors;

/** A lesson file that cannot be read as a lesson; each problem names its line. */
public final class LessonFormatException extends Exception {
    private final List<LessonProblem> problems;

    public LessonFormatException(List<LessonProblem> problems) {
        super(problems.stream().map(LessonProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LessonProblem> problems() {
        return problems;
    }
}
