package com.replicationlab.testing;

import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real redis-server (Debian's package) started for a test on a free loopback port, with no
 * persistence unless the test asks for it, logging to a file in its directory. Tests that need one
 * skip when it is not installed — except in CI, where they must run, so they fail.
 */
public final class RealRedis implements AutoCloseable {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);
    private static final long STOP_TIMEOUT_SECONDS = 10;
    private static final byte[] PING = "PING\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Process process;
    private final int port;
    private final Path log;
    /** The directory this fixture made for itself and removes on close; null when the test owns it. */
    private final Path ownDir;

    private RealRedis(Process process, int port, Path log, Path ownDir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.ownDir = ownDir;
    }

    /**
     * Skips the calling test when redis-server, or any of the other programs named, is not
     * installed; fails it instead when the environment variable CI is "true".
     */
    public static void assumeInstalled(String... alsoNeeded) {
        List<String> missing = Stream.concat(Stream.of("redis-server"), Stream.of(alsoNeeded))
                .filter(program -> !Tools.onPath(program))
                .toList();
        String names = String.join(" and ", missing);
        if (!missing.isEmpty() && "true".equals(System.getenv("CI"))) {
            Assertions.fail(names + " must be installed in CI (see .ci/run)");
        }
        Assumptions.assumeTrue(missing.isEmpty(), names + (missing.size() == 1 ? " is" : " are") + " not installed");
    }

    /** Starts redis-server in a fresh directory of its own plus {@code extraArgs} ("--name", "value", ...). */
    public static RealRedis start(String... extraArgs) throws IOException, InterruptedException {
        assumeInstalled();
        Path dir = Files.createTempDirectory("real-redis");
        return start(dir, dir, freePort(), extraArgs);
    }

    /** As {@link #start}, on a port the test chose: a server that must come back on the same port. */
    public static RealRedis startOnPort(int port, String... extraArgs) throws IOException, InterruptedException {
        assumeInstalled();
        Path dir = Files.createTempDirectory("real-redis");
        return start(dir, dir, port, extraArgs);
    }

    /**
     * Starts redis-server with {@code dir} as its working directory, where it loads and saves its
     * RDB file (name it with "--dbfilename"); the test owns the directory.
     */
    public static RealRedis startIn(Path dir, String... extraArgs) throws IOException, InterruptedException {
        assumeInstalled();
        return start(dir, null, freePort(), extraArgs);
    }

    private static RealRedis start(Path dir, Path ownDir, int port, String... extraArgs)
            throws IOException, InterruptedException {
        Path log = dir.resolve("redis-" + port + ".log");
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--dir", dir.toString()));
        command.addAll(List.of(extraArgs));
        // With no logfile, redis-server logs to standard output: startup errors land in the same file.
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RealRedis redis = new RealRedis(process, port, log, ownDir);
        try {
            redis.awaitAnswer();
        } catch (Throwable e) {
            redis.close();
            throw e;
        }
        return redis;
    }

    public int port() {
        return port;
    }

    public Jedis client() {
        return new Jedis("127.0.0.1", port);
    }

    /** A raw connection, for replies and streams exactly as they are on the wire. */
    public RedisConnection connect() throws IOException {
        return RedisConnection.open(port);
    }

    /** Sends {@code wire} on a new connection and reads {@code count} replies. */
    public List<RespValue> send(byte[] wire, int count) throws IOException {
        try (RedisConnection connection = connect()) {
            connection.write(wire);
            List<RespValue> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                replies.add(connection.wire().read());
            }
            return replies;
        }
    }

    /** Sends {@code wire} on a new connection and returns everything received until the server closes it. */
    public byte[] sendUntilClosed(byte[] wire) throws IOException {
        try (RedisConnection connection = connect()) {
            connection.write(wire);
            return connection.wire().readUntilClosed();
        }
    }

    /** What the server logged so far (to explain a failed start or load). */
    public String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Kills the server at once (SIGKILL), as a crash would; its directory stays until {@link #close}. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Pauses (SIGSTOP) or resumes (SIGCONT) the server: a process that stops reading, then reads again. */
    public void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Stops the server without saving (no save points are configured) and removes its own directory. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownDir != null) {
            try (Stream<Path> files = Files.walk(ownDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Any reply will do: a server started with --requirepass answers PING with -NOAUTH. */
    private void awaitAnswer() throws IOException, InterruptedException {
        Eventually.await("redis-server on port " + port + " answers", STARTUP_TIMEOUT,
                () -> !process.isAlive() || answers());
        if (!process.isAlive()) {
            throw new IllegalStateException("redis-server on port " + port + " exited:\n" + logText());
        }
    }

    private boolean answers() {
        try {
            send(PING, 1);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
