package com.replicationlab.lesson;

import com.replicationlab.script.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One user's progress in the lessons, kept in a file ({@code ~/.replication-lab/progress.properties}
 * by default). Every change is saved at once and atomically — written to a temporary file, forced
 * to disk, then renamed over the old one — so a crash leaves the old progress or the new, never half.
 * A file that cannot be read at start is not lost: it is renamed aside and {@link #notice()} says so.
 * Safe to call from any thread.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.properties";
    private static final long MAX_FILE_BYTES = 4 * 1024 * 1024;

    private final Path file;
    private final SortedMap<String, LessonProgress> lessons;
    private final String notice;

    private ProgressStore(Path file, SortedMap<String, LessonProgress> lessons, String notice) {
        this.file = file;
        this.lessons = lessons;
        this.notice = notice;
    }

    /** Where a user's progress lives unless told otherwise: {@code ~/.replication-lab/progress.properties}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".replication-lab", FILE_NAME);
    }

    /** Reads the progress in {@code file}; no file is no progress yet. */
    public static ProgressStore open(Path file) {
        if (!Files.exists(file)) {
            return new ProgressStore(file, new TreeMap<>(), null);
        }
        String problem;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problem = "it is larger than " + MAX_FILE_BYTES + " bytes";
            } else {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                return new ProgressStore(file, new TreeMap<>(ProgressFormat.read(text)), null);
            }
        } catch (ProgressFormat.CorruptException e) {
            problem = e.getMessage();
        } catch (IOException e) {
            problem = "it cannot be read (" + e + ")";
        }
        return new ProgressStore(file, new TreeMap<>(), setAside(file, problem));
    }

    /** Renames an unreadable file out of the way and says where it went. */
    private static String setAside(Path file, String problem) {
        for (int n = 1; n < 1000; n++) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt" + (n == 1 ? "" : "-" + n));
            if (Files.exists(aside)) {
                continue;
            }
            try {
                Files.move(file, aside);
                return "The progress file " + file + " could not be used (" + problem + "). It was kept as " + aside
                        + "; progress starts afresh.";
            } catch (IOException e) {
                return "The progress file " + file + " could not be used (" + problem + ") nor set aside (" + e
                        + "); progress starts afresh and will replace it.";
            }
        }
        return "The progress file " + file + " could not be used (" + problem + "); progress starts afresh.";
    }

    /** What went wrong with the file at start, to tell the user; empty when nothing did. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    public Path file() {
        return file;
    }

    public synchronized LessonProgress lesson(String id) {
        return lessons.getOrDefault(id, LessonProgress.NOT_STARTED);
    }

    /** Changes one lesson's progress and saves, e.g. {@code update(id, p -> p.withTaskDone(ref))}. */
    public synchronized LessonProgress update(String id, UnaryOperator<LessonProgress> change) throws IOException {
        LessonProgress changed = change.apply(lesson(id));
        lessons.put(id, changed);
        save();
        return changed;
    }

    /** Forgets one lesson's progress, and saves. */
    public synchronized void reset(String id) throws IOException {
        lessons.remove(id);
        save();
    }

    /** Forgets all progress, and saves. */
    public synchronized void resetAll() throws IOException {
        lessons.clear();
        save();
    }

    private void save() throws IOException {
        AtomicFile.write(file, ProgressFormat.write(lessons).getBytes(StandardCharsets.UTF_8));
    }
}
