package com.replicationlab.replication.rdb;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ShutdownParams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server started for a test, on a port of this worktree's range (17200-17299), with
 * its RDB file in a directory the test chooses, and shut down without saving.
 */
final class RedisServerProcess implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 10_000;

    private final Process process;
    private final int port;
    private final Path log;

    private RedisServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Skips the calling test when redis-server (and redis-check-rdb) are not installed, except on
     * CI (environment CI=true), where their absence is a failure.
     */
    static void assumeInstalled() {
        boolean installed = runs("redis-server", "--version") && runs("redis-check-rdb", "--version");
        if (!installed && "true".equals(System.getenv("CI"))) {
            Assertions.fail("redis-server and redis-check-rdb must be installed when CI=true");
        }
        Assumptions.assumeTrue(installed, "redis-server is not installed");
    }

    /** Starts redis-server loading {@code dir/dbfilename} if it exists; waits until it answers. */
    static RedisServerProcess start(int port, Path dir, String dbfilename, String... moreArgs) throws Exception {
        Path log = dir.resolve("redis-" + port + ".log");
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", dir.toString(), "--dbfilename", dbfilename, "--save", "",
                "--appendonly", "no", "--daemonize", "no", "--logfile", log.toString()));
        command.addAll(List.of(moreArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        RedisServerProcess server = new RedisServerProcess(process, port, log);
        server.awaitReady();
        return server;
    }

    Jedis client() {
        return new Jedis("127.0.0.1", port);
    }

    /** What the server logged so far (to explain a failed load). */
    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Runs redis-check-rdb on {@code file}; returns its exit code and output. */
    static CheckResult checkRdb(Path file) throws Exception {
        Process check = new ProcessBuilder("redis-check-rdb", file.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CheckResult(check.waitFor(), output);
    }

    record CheckResult(int exitCode, String output) {
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            try (Jedis jedis = client()) {
                jedis.shutdown(ShutdownParams.shutdownParams().nosave());
            } catch (RuntimeException alreadyGone) {
                // the connection drops as the server exits
            }
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on port " + port + " exited:\n" + log());
            }
            try (Jedis jedis = client()) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("redis-server on port " + port + " did not answer:\n" + log());
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
