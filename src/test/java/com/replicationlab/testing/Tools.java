package com.replicationlab.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Finding and running external programs for tests. */
public final class Tools {
    /** A program that has not finished by then is stuck, and the test fails rather than hangs. */
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);

    private Tools() {
    }

    public static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** What a finished program printed (standard output and error together) and its exit code. */
    public record Run(int exitCode, String output) {
    }

    /** Runs {@code command} to its end; fails the test when it does not finish within 30 s. */
    public static Run run(List<String> command) throws IOException, InterruptedException {
        // Output goes to a file, so a chatty program never blocks on a full pipe while we wait.
        Path output = Files.createTempFile("tool-output", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail(command.get(0) + " did not finish within " + RUN_TIMEOUT.toSeconds() + " s");
            }
            return new Run(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    public static Run run(String... command) throws IOException, InterruptedException {
        return run(List.of(command));
    }
}
