package com.replicationlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson file as read: the lesson, or what kept it from being one.
 *
 * @param lesson null when {@code problems} is not empty
 */
public record LessonFile(Path path, String id, String language, Lesson lesson, List<LessonProblem> problems) {

    public LessonFile {
        problems = List.copyOf(problems);
    }

    public boolean readable() {
        return lesson != null;
    }

    /** The file as messages name it. */
    public String name() {
        return path.toString();
    }
}
