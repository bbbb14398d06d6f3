package com.replicationlab.testing;

import com.replicationlab.resp.RespValue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;

/** One raw connection to a server on the loopback: send commands or any bytes, read what comes back. */
public final class RedisConnection implements AutoCloseable {
    /** Bounds every read, so a server that stays silent fails the test instead of hanging it. */
    private static final int READ_TIMEOUT_MS = 10_000;

    private final Socket socket;
    private final OutputStream out;
    private final RespWire in;

    private RedisConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(READ_TIMEOUT_MS);
        this.out = socket.getOutputStream();
        this.in = new RespWire(new BufferedInputStream(socket.getInputStream()));
    }

    public static RedisConnection open(int port) throws IOException {
        return new RedisConnection(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** Sends one command and reads its reply. */
    public RespValue call(String... args) throws IOException {
        return call(RespWire.args(args));
    }

    public RespValue call(List<byte[]> args) throws IOException {
        send(args);
        return in.read();
    }

    /** Sends one command without reading anything. */
    public void send(List<byte[]> args) throws IOException {
        write(RespWire.encode(args));
    }

    /** Sends bytes as they are (malformed requests, inline commands, pipelines). */
    public void write(byte[] wire) throws IOException {
        out.write(wire);
        out.flush();
    }

    /** What the server sends on this connection. */
    public RespWire wire() {
        return in;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
