package com.replicationlab.lesson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Progress: per user, saved atomically, never lost to a bad file")
class ProgressStoreTest {
    private static final BlockRef TASK = new BlockRef(2, 1);
    private static final BlockRef QUIZ = new BlockRef(3, 0);
    private static final BlockRef PREDICT = new BlockRef(1, 2);

    @TempDir
    Path home;

    private Path file() {
        return home.resolve(".replication-lab").resolve(ProgressStore.FILE_NAME);
    }

    private List<String> filesInFolder() throws IOException {
        try (var listing = Files.list(file().getParent())) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void noFileIsNoProgressYet() {
        ProgressStore store = ProgressStore.open(file());
        assertEquals(LessonProgress.NOT_STARTED, store.lesson("06-lost-command"));
        assertTrue(store.notice().isEmpty());
        assertFalse(Files.exists(file()), "nothing is written until something changes");
    }

    @Test
    void everythingRecordedSurvivesARestart() throws IOException {
        ProgressStore store = ProgressStore.open(file());
        store.update("06-lost-command", p -> p.atStep(4).atStep(3).withTaskDone(TASK).withQuizChoice(QUIZ, 1)
                .withPrediction(PREDICT, "233", true));
        store.update("01-the-lab", p -> p.atStep(5).finish().withPrediction(new BlockRef(0, 0), " two\nlines = \\ 两个 ", false));

        ProgressStore again = ProgressStore.open(file());
        LessonProgress lost = again.lesson("06-lost-command");
        assertEquals(3, lost.step());
        assertEquals(4, lost.reached());
        assertFalse(lost.finished());
        assertEquals(Set.of(TASK), lost.tasksDone());
        assertEquals(Map.of(QUIZ, 1), lost.quizChoices());
        assertEquals(Map.of(PREDICT, new LessonProgress.Prediction("233", true)), lost.predictions());
        LessonProgress first = again.lesson("01-the-lab");
        assertTrue(first.finished());
        assertEquals(new LessonProgress.Prediction(" two\nlines = \\ 两个 ", false), first.predictions().get(new BlockRef(0, 0)));
        assertTrue(again.notice().isEmpty());
    }

    @Test
    void theFileIsPlainSortedTextAndNoTemporaryFileIsLeft() throws IOException {
        ProgressStore store = ProgressStore.open(file());
        store.update("06-lost-command", p -> p.atStep(3).withTaskDone(TASK).withQuizChoice(QUIZ, 1)
                .withPrediction(PREDICT, "233", true));
        assertEquals(List.of(
                "# Replication Lab: your progress in the lessons. Written by the app.",
                "format=1",
                "lesson.06-lost-command.step=3",
                "lesson.06-lost-command.reached=3",
                "lesson.06-lost-command.task.2.1=done",
                "lesson.06-lost-command.quiz.3.0=1",
                "lesson.06-lost-command.predict.1.2=233",
                "lesson.06-lost-command.predict.1.2.right=true"), Files.readAllLines(file(), StandardCharsets.UTF_8));
        assertEquals(List.of(ProgressStore.FILE_NAME), filesInFolder());
    }

    @Test
    void aCorruptFileIsReportedAndSetAsideNotLost() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "format=1\nlesson.06-lost-command.step=three\n");
        ProgressStore store = ProgressStore.open(file());
        assertEquals(LessonProgress.NOT_STARTED, store.lesson("06-lost-command"));
        assertEquals("The progress file " + file() + " could not be used (lesson.06-lost-command.step is 'three', "
                + "not a number). It was kept as " + file() + ".corrupt; progress starts afresh.", store.notice().orElseThrow());
        assertEquals("format=1\nlesson.06-lost-command.step=three\n", Files.readString(file().resolveSibling(
                ProgressStore.FILE_NAME + ".corrupt")));
        assertFalse(Files.exists(file()));

        store.update("01-the-lab", p -> p.atStep(1));
        Files.writeString(file(), "\u0000\u0001 not properties at all");
        assertTrue(ProgressStore.open(file()).notice().orElseThrow().contains("It was kept as " + file() + ".corrupt-2;"));
        assertEquals(List.of(ProgressStore.FILE_NAME + ".corrupt", ProgressStore.FILE_NAME + ".corrupt-2"), filesInFolder());
    }

    @Test
    void fileContentsThatAreNotProgressAreCorrupt() throws IOException {
        Files.createDirectories(file().getParent());
        for (String text : List.of("", "lesson.a.step=1\n", "format=1\nsomething=else\n", "format=1\nlesson.a.task.1.2=yes\n",
                "format=1\nlesson.a.predict.1.2=233\n", "format=1\nlesson.a.quiz.1.2.right=true\n", "format=1\nx=\\uZZZZ\n")) {
            Files.writeString(file(), text);
            ProgressStore store = ProgressStore.open(file());
            assertTrue(store.notice().isPresent(), "corrupt: " + text);
            Files.deleteIfExists(file().resolveSibling(ProgressStore.FILE_NAME + ".corrupt"));
        }
    }

    @Test
    void oneLessonOrAllCanBeReset() throws IOException {
        ProgressStore store = ProgressStore.open(file());
        store.update("01-the-lab", p -> p.atStep(2));
        store.update("02-backlog", p -> p.atStep(1));
        store.reset("01-the-lab");
        assertEquals(LessonProgress.NOT_STARTED, ProgressStore.open(file()).lesson("01-the-lab"));
        assertEquals(1, ProgressStore.open(file()).lesson("02-backlog").step());
        store.resetAll();
        assertEquals(LessonProgress.NOT_STARTED, ProgressStore.open(file()).lesson("02-backlog"));
    }

    @Test
    void aLaterQuizChoiceReplacesAnEarlierOneAndTasksAccumulate() {
        LessonProgress progress = LessonProgress.NOT_STARTED.withQuizChoice(QUIZ, 0).withQuizChoice(QUIZ, 2)
                .withTaskDone(TASK).withTaskDone(new BlockRef(0, 0)).withTaskDone(TASK);
        assertEquals(Map.of(QUIZ, 2), progress.quizChoices());
        assertEquals(new TreeSet<>(List.of(new BlockRef(0, 0), TASK)), progress.tasksDone());
        assertEquals(5, progress.atStep(5).atStep(2).reached());
    }
}
