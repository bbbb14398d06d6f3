package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Course;
import com.replicationlab.lesson.CourseFolder;
import com.replicationlab.lesson.ProgressStore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the window's lessons come from: the course, where it was found, and the student's
 * progress file. The course is found and read the first time it is asked for (the list of
 * lessons opened, or a lesson), not while the window opens: reading 26 lesson files is a good
 * part of a second on a slow machine, and most starts of the window open no lesson at once.
 */
public final class LessonLibrary {
    private final Supplier<Optional<Path>> finder;
    private final ProgressStore progress;
    private Path folder;
    private Course course;

    private LessonLibrary(Supplier<Optional<Path>> finder, ProgressStore progress) {
        this.finder = finder;
        this.progress = progress;
    }

    /** The course in ./lessons or in the jar, and the progress in the user's home. */
    public static LessonLibrary standard() {
        return new LessonLibrary(CourseFolder::find, ProgressStore.open(ProgressStore.defaultFile()));
    }

    /** The course in {@code folder} (null for none: the course is then empty) and the progress in {@code progressFile}. */
    public static LessonLibrary of(Path folder, Path progressFile) {
        return new LessonLibrary(() -> Optional.ofNullable(folder), ProgressStore.open(progressFile));
    }

    /** The course, read on the first call. */
    public synchronized Course course() {
        if (course == null) {
            folder = finder.get().orElse(null);
            course = Course.load(folder == null ? Path.of(CourseFolder.NAME) : folder);
        }
        return course;
    }

    /** The course folder, or null when none was found. */
    public synchronized Path folder() {
        course();
        return folder;
    }

    public ProgressStore progress() {
        return progress;
    }

    /** The course's language for the window's: {@code zh-CN} for Chinese, else the reference language. */
    public String languageFor(Locale locale) {
        String wanted = locale.getLanguage().equals("zh") ? "zh-CN" : Course.REFERENCE_LANGUAGE;
        return course().languages().contains(wanted) ? wanted : Course.REFERENCE_LANGUAGE;
    }
}
