package com.replicationlab.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A real redis-server, the reference of a benchmark: no persistence, in a directory of its own. */
final class RedisServerProcess implements AutoCloseable {
    private final Process process;
    private final Path dir;
    final int port;

    private RedisServerProcess(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Starts redis-server on {@code port}; a replica of {@code masterPort} unless it is 0. */
    static RedisServerProcess start(int port, int masterPort) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("bench-redis-" + port);
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                // Sync as the lab does by default: an RDB made first, then sent (not diskless).
                "--repl-diskless-sync", "no",
                "--logfile", dir.resolve("redis.log").toString()));
        if (masterPort != 0) {
            command.addAll(List.of("--replicaof", "127.0.0.1", Integer.toString(masterPort)));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout").toFile()).start();
        RedisServerProcess server = new RedisServerProcess(process, dir, port);
        server.awaitPing();
        return server;
    }

    /** Whether redis-server and redis-benchmark are on the PATH. */
    static boolean installed() {
        return Stream.of("redis-server", "redis-benchmark").allMatch(RedisServerProcess::onPath);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private void awaitPing() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (RespLink link = new RespLink(port)) {
                link.command("PING");
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("redis-server on port " + port + " did not start (see " + dir + ")");
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
