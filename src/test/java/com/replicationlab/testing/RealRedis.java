package com.replicationlab.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real redis-server (Debian's package) started for a test on a free loopback port. Tests that
 * need one skip when it is not installed — except in CI, where they must run, so they fail.
 */
public final class RealRedis implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private RealRedis(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static void assumeInstalled() {
        boolean installed = Tools.onPath("redis-server");
        if (!installed && "true".equals(System.getenv("CI"))) {
            Assertions.fail("redis-server must be installed in CI (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "redis-server is not installed");
    }

    /** Starts redis-server with no persistence plus {@code extraArgs} ("--name", "value", ...). */
    public static RealRedis start(String... extraArgs) throws IOException, InterruptedException {
        assumeInstalled();
        int port = freePort();
        Path log = Files.createTempFile("real-redis-" + port, ".log");
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--dir", System.getProperty("java.io.tmpdir"), "--logfile", log.toString()));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        RealRedis redis = new RealRedis(process, port, log);
        redis.awaitPing(Duration.ofSeconds(10));
        return redis;
    }

    public int port() {
        return port;
    }

    public Jedis client() {
        return new Jedis("127.0.0.1", port);
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    private void awaitPing(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Jedis jedis = client()) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server on port " + port + " did not start");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(log);
    }
}
