package com.replicationlab.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A file written atomically is either the old content or the new, never half")
class AtomicFileTest {

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("the new content replaces the old, and no temporary file is left")
    void replaces(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scenario.lab");
        Files.writeString(file, "old");
        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("scenario.lab"), namesIn(dir));
    }

    @Test
    @DisplayName("a write that fails part-way leaves the old file exactly as it was")
    void failedWriteKeepsTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("progress.txt");
        byte[] old = "lesson 01 done\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);
        // The temporary file's place is taken by a directory, so writing it fails as a full disk would.
        Files.createDirectory(dir.resolve("progress.txt.tmp"));
        assertThrows(IOException.class, () -> AtomicFile.write(file, "half".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(old, Files.readAllBytes(file));
    }

    @Test
    @DisplayName("missing folders are made")
    void makesFolders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a/b/saved.lab");
        AtomicFile.write(file, "x".getBytes(StandardCharsets.UTF_8));
        assertEquals("x", Files.readString(file));
    }
}
