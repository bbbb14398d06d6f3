package com.replicationlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons of a course folder, by language, for the window's lesson picker. Files that do not
 * read as lessons are left out and listed in {@link #problems()}.
 */
public final class Course {
    /** The language other translations are compared with, when the course has it. */
    public static final String REFERENCE_LANGUAGE = "en";

    private final Map<String, List<Lesson>> byLanguage = new LinkedHashMap<>();
    private final List<LessonProblem> problems = new ArrayList<>();

    private Course(List<LessonFile> files) {
        for (LessonFile file : files) {
            if (file.readable()) {
                byLanguage.computeIfAbsent(file.language(), k -> new ArrayList<>()).add(file.lesson());
            } else {
                problems.addAll(file.problems());
            }
        }
    }

    public static Course load(Path folder) {
        return new Course(CourseLoader.readCourse(folder));
    }

    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** The lessons in one language, in file-name order (01-..., 02-...). */
    public List<Lesson> lessons(String language) {
        return List.copyOf(byLanguage.getOrDefault(language, List.of()));
    }

    public Optional<Lesson> lesson(String id, String language) {
        return lessons(language).stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<LessonProblem> problems() {
        return List.copyOf(problems);
    }
}
