package com.replicationlab.store.commands;

import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.Assumptions;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real redis-server started for a test, on a free port of this area's range (17300-17399), with
 * no persistence, disk-based full sync (so a replica receives "$len" framing) and active expiry off
 * (so keys only expire when touched, as in the engine under test).
 */
final class RealRedisServer implements AutoCloseable {
    private static final int FIRST_PORT = 17310;
    private static final int LAST_PORT = 17399;

    private final Process process;
    private final int port;

    private RealRedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a server, or skips the test when redis-server is not installed (fails instead when the
     * CI environment variable is "true").
     */
    static RealRedisServer start(Path dir) throws IOException, InterruptedException {
        String executable = findOnPath("redis-server");
        if (executable == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("redis-server is required when CI=true");
            }
            Assumptions.abort("redis-server is not installed");
        }
        int port = freePort();
        Process process = new ProcessBuilder(executable, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--repl-diskless-sync", "no",
                "--enable-debug-command", "local", "--dir", dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        RealRedisServer server = new RealRedisServer(process, port);
        server.awaitReady();
        try (Client client = server.client()) {
            client.call("DEBUG", "SET-ACTIVE-EXPIRE", "0");
        }
        return server;
    }

    int port() {
        return port;
    }

    Client client() throws IOException {
        return new Client(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitReady() throws InterruptedException, IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Client client = client()) {
                if (client.call("PING") instanceof RespValue.SimpleString) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("redis-server did not start on port " + port);
    }

    private static int freePort() throws IOException {
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException inUse) {
                // try the next one
            }
        }
        throw new IOException("no free port in " + FIRST_PORT + "-" + LAST_PORT);
    }

    private static String findOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }

    /** One connection: send a command, read what comes back. */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final RespWire in;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(10_000);
            this.out = socket.getOutputStream();
            this.in = new RespWire(new BufferedInputStream(socket.getInputStream()));
        }

        RespValue call(String... args) throws IOException {
            return call(RespWire.args(args));
        }

        RespValue call(List<byte[]> args) throws IOException {
            send(args);
            return in.read();
        }

        void send(List<byte[]> args) throws IOException {
            out.write(RespWire.encode(args));
            out.flush();
        }

        RespWire wire() {
            return in;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
