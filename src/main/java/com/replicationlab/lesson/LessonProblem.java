package com.replicationlab.lesson;

/**
 * Something wrong with a lesson, where it is: {@code file:line: what is wrong}, or
 * {@code file:line:column: ...} when the column is known (an action that does not parse).
 *
 * @param column from 1, or 0 when only the line is known
 */
public record LessonProblem(String file, int line, int column, String message) {

    public static LessonProblem at(String file, int line, String message) {
        return new LessonProblem(file, line, 0, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
