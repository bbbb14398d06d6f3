package com.replicationlab.lesson;

import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and reads lesson files. A course folder ({@code lessons/}) holds one folder per language
 * ({@code en}, {@code zh-CN}), each holding one {@code .md} file per lesson; files directly in the
 * course folder (its README, the authoring guide) are not lessons.
 */
public final class CourseLoader {
    private static final Pattern ID = Pattern.compile("[0-9a-z][0-9a-z-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** A lesson file larger than this is not a lesson someone wrote by hand. */
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private CourseLoader() {
    }

    /** True if {@code folder} holds language folders with lesson files in them. */
    public static boolean isCourse(Path folder) {
        return !languageFolders(folder).isEmpty();
    }

    /** The lesson files of a language folder (lessons/en): its .md files, when its name is a language's. */
    public static List<Path> lessonFilesIn(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name != null && LANGUAGE.matcher(name.toString()).matches() ? markdownFiles(folder) : List.of();
    }

    /** Every lesson file of a course folder, language by language, each sorted by name. */
    public static List<LessonFile> readCourse(Path folder) {
        List<LessonFile> files = new ArrayList<>();
        for (Path language : languageFolders(folder)) {
            for (Path file : markdownFiles(language)) {
                files.add(read(file));
            }
        }
        return files;
    }

    /** One lesson file; its language is its folder's name, its id its file name without {@code .md}. */
    public static LessonFile read(Path file) {
        String id = idOf(file);
        Path parent = file.toAbsolutePath().getParent();
        String language = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        String name = file.toString();
        List<LessonProblem> problems = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            problems.add(LessonProblem.at(name, 1, "a lesson's file name is its id: lower-case letters, digits and "
                    + "dashes, e.g. 06-lost-command.md"));
        }
        if (!LANGUAGE.matcher(language).matches()) {
            problems.add(LessonProblem.at(name, 1, "a lesson lives in a folder named after its language, e.g. "
                    + "lessons/en/ or lessons/zh-CN/, not '" + language + "'"));
        }
        String text = null;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(LessonProblem.at(name, 1, "a lesson file is at most " + MAX_FILE_BYTES + " bytes"));
            } else {
                text = ScriptText.decode(name, Files.readAllBytes(file));
            }
        } catch (ScriptException e) {
            problems.add(new LessonProblem(name, e.position().line(), e.position().column(), e.plainMessage()));
        } catch (IOException e) {
            problems.add(LessonProblem.at(name, 1, "cannot read the file: " + e.getMessage()));
        }
        if (text == null || !problems.isEmpty()) {
            return new LessonFile(file, id, language, null, problems);
        }
        try {
            return new LessonFile(file, id, language, LessonParser.parse(name, id, language, text), List.of());
        } catch (LessonFormatException e) {
            return new LessonFile(file, id, language, null, e.problems());
        }
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static List<Path> languageFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isDirectory).filter(d -> !markdownFiles(d).isEmpty()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> markdownFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
