package com.replicationlab.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finding external programs for tests. */
public final class Tools {
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
}
