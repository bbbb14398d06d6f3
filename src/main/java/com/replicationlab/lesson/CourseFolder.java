package com.replicationlab.lesson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the course is: {@code ./lessons} when the working folder has one (a teacher's own
 * lessons, or a checkout), else the course packaged in the application's jar ({@code /lessons}
 * on the class path), so {@code java -jar replication-lab.jar} finds its lessons from anywhere.
 */
public final class CourseFolder {
    /** The folder name, in the working folder and on the class path. */
    public static final String NAME = "lessons";
    /** A file every packaged course has, to find the course on the class path by. */
    private static final String MARKER = "/" + NAME + "/" + Course.REFERENCE_LANGUAGE;

    private CourseFolder() {
    }

    public static Optional<Path> find() {
        Path local = Path.of(NAME);
        if (CourseLoader.isCourse(local)) {
            return Optional.of(local);
        }
        return packaged();
    }

    /** The course inside the jar (or on a class-path folder, when run from the build's classes). */
    static Optional<Path> packaged() {
        URL marker = CourseFolder.class.getResource(MARKER);
        if (marker == null) {
            return Optional.empty();
        }
        try {
            URI uri = marker.toURI();
            Path language = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri);
            return Optional.ofNullable(language.getParent()).filter(CourseLoader::isCourse);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
