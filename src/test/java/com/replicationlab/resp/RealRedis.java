package com.replicationlab.resp;

import static org.junit.jupiter.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real redis-server started for a test, on a free port of this suite's range. When redis-server
 * is not installed the test is skipped, unless CI is "true", where it fails.
 */
final class RealRedis implements AutoCloseable {

    private static final int FIRST_PORT = 17150;
    private static final int LAST_PORT = 17199;
    private static final int STARTUP_TIMEOUT_MS = 5000;
    private static final int READ_TIMEOUT_MS = 2000;

    private final Process process;
    private final int port;

    private RealRedis(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static RealRedis start(String... extraArgs) throws IOException, InterruptedException {
        File executable = findOnPath("redis-server");
        if (executable == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("redis-server is not installed, and CI requires the real-Redis tests");
            }
            Assumptions.abort("redis-server is not installed");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(executable.getPath(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        RealRedis redis = new RealRedis(process, port);
        redis.awaitReady();
        return redis;
    }

    /** Sends {@code wire} on a new connection and returns everything received until the server closes it. */
    byte[] sendUntilClosed(byte[] wire) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(wire);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(received);
            } catch (SocketTimeoutException e) {
                fail("redis-server kept the connection open after sending " + Wire.text(received.toByteArray()));
            }
            return received.toByteArray();
        }
    }

    /** Sends {@code wire} on a new connection and reads {@code count} replies. */
    List<RespValue> send(byte[] wire, int count) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(wire);
            ReplyParser parser = new ReplyParser(ProtocolLimits.DEFAULTS);
            ByteBuf received = Unpooled.buffer();
            List<RespValue> replies = new ArrayList<>();
            byte[] chunk = new byte[4096];
            while (replies.size() < count) {
                int read = socket.getInputStream().read(chunk);
                if (read < 0) {
                    fail("redis-server closed the connection after " + replies);
                }
                received.writeBytes(chunk, 0, read);
                for (RespValue reply = parser.next(received); reply != null; reply = parser.next(received)) {
                    replies.add(reply);
                }
            }
            return replies;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        return socket;
    }

    private void awaitReady() throws InterruptedException, IOException {
        long waitedMs = 0;
        while (true) {
            try {
                send(Wire.bytes("PING\r\n"), 1);
                return;
            } catch (IOException e) {
                if (!process.isAlive() || waitedMs >= STARTUP_TIMEOUT_MS) {
                    close();
                    throw new IOException("redis-server did not start on port " + port, e);
                }
                Thread.sleep(20);
                waitedMs += 20;
            }
        }
    }

    private static int freePort() throws IOException {
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException busy) {
                // try the next one
            }
        }
        throw new IOException("no free port in " + FIRST_PORT + "-" + LAST_PORT);
    }

    private static File findOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate;
            }
        }
        return null;
    }
}
