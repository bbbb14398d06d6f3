package com.replicationlab.lesson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Where the course is found")
class CourseFolderTest {

    @Test
    @DisplayName("./lessons, when the working folder has a course, comes first")
    void workingFolderFirst() {
        assertEquals(Path.of("lessons"), CourseFolder.find().orElseThrow());
        assertTrue(Course.load(CourseFolder.find().orElseThrow()).languages().contains(Course.REFERENCE_LANGUAGE));
    }
}
