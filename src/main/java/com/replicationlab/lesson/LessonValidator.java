package com.replicationlab.lesson;

import com.replicationlab.script.SessionListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks lessons headless: each file reads as a lesson; each runs twice from scratch with every
 * lab block, task, solution and prediction succeeding and the predictions' answers the same both
 * times; and each translation has the same steps and blocks as its reference-language version.
 */
public final class LessonValidator {
    private LessonValidator() {
    }

    /** Every lesson of a course folder; {@code listeners} hear the first run of each (a trace). */
    public static List<LessonReport> validateCourse(Path folder, SessionListener... listeners) {
        List<LessonFile> files = CourseLoader.readCourse(folder);
        Map<String, LessonFile> reference = new LinkedHashMap<>();
        for (LessonFile file : files) {
            if (file.language().equals(Course.REFERENCE_LANGUAGE)) {
                reference.put(file.id(), file);
            }
        }
        List<String> languages = files.stream().map(LessonFile::language).distinct().toList();
        List<LessonReport> reports = new ArrayList<>();
        for (LessonFile file : files) {
            Checked checked = check(file, listeners);
            List<LessonProblem> problems = new ArrayList<>(checked.problems());
            if (!reference.isEmpty()) {
                problems.addAll(translation(file, reference.get(file.id()), files, languages));
            }
            reports.add(new LessonReport(file, problems, checked.answers()));
        }
        return reports;
    }

    /** One lesson file, and, if it is a translation, against the reference version beside it. */
    public static LessonReport validateFile(Path path, SessionListener... listeners) {
        LessonFile file = CourseLoader.read(path);
        Checked checked = check(file, listeners);
        List<LessonProblem> problems = new ArrayList<>(checked.problems());
        Path referencePath = path.resolveSibling(Path.of("..", Course.REFERENCE_LANGUAGE,
                path.getFileName().toString())).normalize();
        if (file.readable() && !file.language().equals(Course.REFERENCE_LANGUAGE) && Files.isRegularFile(referencePath)) {
            LessonFile reference = CourseLoader.read(referencePath);
            if (reference.readable()) {
                problems.addAll(LanguagePair.compare(reference.lesson(), file.lesson()));
            }
        }
        return new LessonReport(file, problems, checked.answers());
    }

    /** What one file's own check found. */
    private record Checked(List<LessonProblem> problems, List<String> answers) {
    }

    /** Reads and runs one lesson file twice. */
    private static Checked check(LessonFile file, SessionListener... listeners) {
        if (!file.readable()) {
            return new Checked(file.problems(), List.of());
        }
        Lesson lesson = file.lesson();
        LessonRun first = LessonRun.of(lesson, listeners);
        List<LessonProblem> problems = new ArrayList<>(first.problems());
        LessonRun second = LessonRun.of(lesson);
        if (!first.fingerprint().equals(second.fingerprint())) {
            problems.add(LessonProblem.at(file.name(), 1, "two runs of this lesson differ: " + first.fingerprint()
                    + ", then " + second.fingerprint()));
        }
        return new Checked(problems, first.answerLines());
    }

    /** The problems of {@code file} as a member of a course: its pair, or a missing counterpart. */
    private static List<LessonProblem> translation(LessonFile file, LessonFile reference, List<LessonFile> files,
                                                   List<String> languages) {
        List<LessonProblem> problems = new ArrayList<>();
        if (file.language().equals(Course.REFERENCE_LANGUAGE)) {
            for (String language : languages) {
                boolean translated = files.stream().anyMatch(f -> f.language().equals(language) && f.id().equals(file.id()));
                if (!translated) {
                    problems.add(LessonProblem.at(file.name(), 1, "no " + language + " version of this lesson"));
                }
            }
            return problems;
        }
        if (reference == null) {
            problems.add(LessonProblem.at(file.name(), 1, "no " + Course.REFERENCE_LANGUAGE + " version of this lesson"));
        } else if (file.readable() && reference.readable()) {
            problems.addAll(LanguagePair.compare(reference.lesson(), file.lesson()));
        }
        return problems;
    }
}
