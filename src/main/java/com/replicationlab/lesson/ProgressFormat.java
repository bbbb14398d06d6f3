package com.replicationlab.lesson;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress file's text: a Java properties file, one fact a line, lesson by lesson, e.g.
 * <pre>
 * format=1
 * lesson.06-lost-command.step=3
 * lesson.06-lost-command.reached=4
 * lesson.06-lost-command.task.2.1=done
 * lesson.06-lost-command.quiz.3.0=1
 * lesson.06-lost-command.predict.1.2=233
 * lesson.06-lost-command.predict.1.2.right=true
 * </pre>
 * Anything else in it — an unknown key, a value that does not read — makes the file corrupt.
 */
final class ProgressFormat {
    static final String VERSION = "1";
    private static final Pattern KEY = Pattern.compile(
            "lesson\\.([0-9a-z][0-9a-z-]*)\\.(step|reached|finished|(task|quiz|predict)\\.(\\d{1,6})\\.(\\d{1,6})(\\.right)?)");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");

    /** The file's text does not describe progress. */
    static final class CorruptException extends Exception {
        CorruptException(String message) {
            super(message);
        }
    }

    private ProgressFormat() {
    }

    static SortedMap<String, LessonProgress> read(String text) throws CorruptException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptException("not a properties file: " + e.getMessage());
        }
        if (!VERSION.equals(properties.getProperty("format"))) {
            throw new CorruptException("no 'format=" + VERSION + "' line");
        }
        SortedMap<String, LessonProgress> lessons = new TreeMap<>();
        for (String key : new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
            if (!key.equals("format")) {
                readFact(key, properties.getProperty(key), properties, lessons);
            }
        }
        return lessons;
    }

    private static void readFact(String key, String value, Properties all, Map<String, LessonProgress> lessons)
            throws CorruptException {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            throw new CorruptException("unknown key '" + key + "'");
        }
        String id = m.group(1);
        LessonProgress progress = lessons.getOrDefault(id, LessonProgress.NOT_STARTED);
        String fact = m.group(3) == null ? m.group(2) : m.group(3);
        BlockRef ref = m.group(3) == null ? null : new BlockRef(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        boolean rightFlag = m.group(6) != null;
        if (rightFlag && !fact.equals("predict")) {
            throw new CorruptException("unknown key '" + key + "'");
        }
        progress = switch (fact) {
            case "step" -> steps(progress, count(key, value), progress.reached());
            case "reached" -> steps(progress, progress.step(), count(key, value));
            case "finished" -> flag(key, value) ? progress.finish() : progress;
            case "task" -> {
                if (!value.equals("done")) {
                    throw new CorruptException(key + " is '" + value + "', not 'done'");
                }
                yield progress.withTaskDone(ref);
            }
            case "quiz" -> progress.withQuizChoice(ref, count(key, value));
            default -> rightFlag ? progress : prediction(key, value, all, progress, ref);
        };
        lessons.put(id, progress);
    }

    private static LessonProgress steps(LessonProgress p, int step, int reached) {
        return new LessonProgress(step, reached, p.finished(), p.tasksDone(), p.quizChoices(), p.predictions());
    }

    private static LessonProgress prediction(String key, String guess, Properties all, LessonProgress progress,
                                             BlockRef ref) throws CorruptException {
        String right = all.getProperty(key + ".right");
        if (right == null) {
            throw new CorruptException(key + " has no " + key + ".right");
        }
        return progress.withPrediction(ref, guess, flag(key + ".right", right));
    }

    private static int count(String key, String value) throws CorruptException {
        if (!COUNT.matcher(value).matches()) {
            throw new CorruptException(key + " is '" + value + "', not a number");
        }
        return Integer.parseInt(value);
    }

    private static boolean flag(String key, String value) throws CorruptException {
        if (!value.equals("true") && !value.equals("false")) {
            throw new CorruptException(key + " is '" + value + "', not true or false");
        }
        return value.equals("true");
    }

    static String write(SortedMap<String, LessonProgress> lessons) {
        StringBuilder out = new StringBuilder("# Replication Lab: your progress in the lessons. Written by the app.\n");
        out.append("format=").append(VERSION).append('\n');
        for (Map.Entry<String, LessonProgress> entry : lessons.entrySet()) {
            LessonProgress p = entry.getValue();
            if (!p.isStarted()) {
                continue;
            }
            String prefix = "lesson." + entry.getKey() + ".";
            line(out, prefix + "step", Integer.toString(p.step()));
            line(out, prefix + "reached", Integer.toString(p.reached()));
            if (p.finished()) {
                line(out, prefix + "finished", "true");
            }
            p.tasksDone().forEach(ref -> line(out, prefix + "task." + ref.key(), "done"));
            p.quizChoices().forEach((ref, choice) -> line(out, prefix + "quiz." + ref.key(), choice.toString()));
            p.predictions().forEach((ref, prediction) -> {
                line(out, prefix + "predict." + ref.key(), prediction.guess());
                line(out, prefix + "predict." + ref.key() + ".right", Boolean.toString(prediction.right()));
            });
        }
        return out.toString();
    }

    /** Keys are plain; a value is escaped the way {@link Properties#load} reads it back. */
    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('\n');
    }
}
