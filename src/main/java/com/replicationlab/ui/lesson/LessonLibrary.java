package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Course;
import com.replicationlab.lesson.CourseFolder;
import com.replicationlab.lesson.ProgressStore;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the window's lessons come from: the course (read once), where it was found, and the
 * student's progress file.
 *
 * @param folder the course folder, or null when none was found (the course is then empty)
 */
public record LessonLibrary(Course course, Path folder, ProgressStore progress) {

    /** The course in ./lessons or in the jar, and the progress in the user's home. */
    public static LessonLibrary standard() {
        return of(CourseFolder.find().orElse(null), ProgressStore.defaultFile());
    }

    public static LessonLibrary of(Path folder, Path progressFile) {
        Course course = Course.load(folder == null ? Path.of(CourseFolder.NAME) : folder);
        return new LessonLibrary(course, folder, ProgressStore.open(progressFile));
    }

    /** The course's language for the window's: {@code zh-CN} for Chinese, else the reference language. */
    public String languageFor(Locale locale) {
        String wanted = locale.getLanguage().equals("zh") ? "zh-CN" : Course.REFERENCE_LANGUAGE;
        return course.languages().contains(wanted) ? wanted : Course.REFERENCE_LANGUAGE;
    }
}
