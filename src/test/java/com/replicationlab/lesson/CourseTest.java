package com.replicationlab.lesson;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The course in lessons/: every lesson checks out, in English and in Simplified Chinese")
class CourseTest {
    private static final Path COURSE = Path.of("lessons");
    private static List<LessonReport> reports;

    @BeforeAll
    static void validate() {
        reports = LessonValidator.validateCourse(COURSE);
    }

    @Test
    @DisplayName("every lab block, task, solution and prediction runs as written, and translations match")
    void everyLessonValidates() {
        String problems = reports.stream().flatMap(r -> r.problems().stream()).map(LessonProblem::toString)
                .collect(Collectors.joining("\n"));
        assertEquals("", problems);
    }

    @Test
    @DisplayName("the thirteen lessons of the course exist in both languages, in the same order")
    void theCourseIsComplete() {
        Course course = Course.load(COURSE);
        assertEquals(List.of("en", "zh-CN"), course.languages());
        List<String> english = course.lessons("en").stream().map(Lesson::id).toList();
        assertTrue(english.size() >= 13, "lessons: " + english);
        assertEquals(english, course.lessons("zh-CN").stream().map(Lesson::id).toList());
        assertEquals(List.of(), course.problems());
    }

    @Test
    @DisplayName("every lesson has something to do: a task or a prediction, not only text")
    void everyLessonMakesTheStudentAct() {
        for (Lesson lesson : Course.load(COURSE).lessons("en")) {
            long doing = lesson.steps().stream().flatMap(s -> s.activities().stream())
                    .filter(b -> b instanceof TaskBlock || b instanceof PredictBlock).count();
            assertTrue(doing >= 2, lesson.id() + " has " + doing + " tasks and predictions");
        }
    }
}
