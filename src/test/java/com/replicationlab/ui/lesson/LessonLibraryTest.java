package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Course;
import com.replicationlab.lesson.Lesson;
import com.replicationlab.lesson.ProgressStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The window's lesson library: the course read when first asked for")
class LessonLibraryTest {
    private static final Path COURSE = Path.of("lessons");

    @TempDir
    Path home;

    @Test
    @DisplayName("gives the same lessons, in both languages, as reading the course at once")
    void sameLessonsAsTheCourse() {
        LessonLibrary library = LessonLibrary.of(COURSE, home.resolve(ProgressStore.FILE_NAME));
        Course course = Course.load(COURSE);
        for (String language : List.of("en", "zh-CN")) {
            assertEquals(titles(course.lessons(language)), titles(library.course().lessons(language)));
        }
        assertEquals(course.languages(), library.course().languages());
        assertEquals("zh-CN", library.languageFor(Locale.SIMPLIFIED_CHINESE));
        assertEquals(COURSE, library.folder());
    }

    @Test
    @DisplayName("reads the course when it is first asked for, not when the window opens")
    void readsTheCourseWhenAskedFor() throws IOException {
        Path folder = home.resolve("lessons");
        LessonLibrary library = LessonLibrary.of(folder, home.resolve(ProgressStore.FILE_NAME));
        // The lessons arrive after the library was made (as the window is made) and are still found.
        Files.createDirectories(folder.resolve("en"));
        Files.copy(COURSE.resolve("en/01-the-lab.md"), folder.resolve("en/01-the-lab.md"));
        assertEquals(List.of("01-the-lab"), library.course().lessons("en").stream().map(Lesson::id).toList());
    }

    private static List<String> titles(List<Lesson> lessons) {
        return lessons.stream().map(l -> l.id() + ": " + l.title()).toList();
    }
}
