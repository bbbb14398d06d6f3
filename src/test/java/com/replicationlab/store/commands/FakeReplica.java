package com.replicationlab.store.commands;

import com.replicationlab.resp.RespValue;
import com.replicationlab.testing.RealRedis;
import com.replicationlab.testing.RedisConnection;
import com.replicationlab.testing.RespWire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A raw-socket replica of a real redis-server: it does the handshake (PING, REPLCONF listening-port,
 * REPLCONF capa psync2, PSYNC ? -1), skips the "\n" keepalives and the "$len" RDB payload, and then
 * reads the propagated command stream.
 */
final class FakeReplica implements AutoCloseable {
    private final RedisConnection connection;

    private FakeReplica(RedisConnection connection) {
        this.connection = connection;
    }

    static FakeReplica attach(RealRedis server) throws IOException {
        RedisConnection connection = server.connect();
        expect(connection.call("PING"), "PONG");
        expect(connection.call("REPLCONF", "listening-port", "1"), "OK");
        expect(connection.call("REPLCONF", "capa", "psync2"), "OK");
        connection.send(RespWire.args("PSYNC", "?", "-1"));
        RespWire wire = connection.wire();
        skipKeepalives(wire);
        String reply = wire.readLine();
        if (!reply.startsWith("+FULLRESYNC")) {
            throw new IOException("expected +FULLRESYNC, got " + reply);
        }
        skipKeepalives(wire);
        String header = wire.readLine();
        wire.readExactly(Integer.parseInt(header.substring(1)));
        return new FakeReplica(connection);
    }

    /**
     * Reads stream commands until {@code marker} arrives; returns those before it, without the
     * master's periodic "ping" (which depends on wall time).
     */
    List<List<byte[]>> readUntil(List<byte[]> marker) throws IOException {
        List<List<byte[]>> commands = new ArrayList<>();
        while (true) {
            List<byte[]> command = connection.wire().readCommand();
            if (sameCommand(command, marker)) {
                return commands;
            }
            if (!(command.size() == 1 && Arrays.equals(command.get(0), "ping".getBytes()))) {
                commands.add(command);
            }
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    /** The master sends bare "\n" while it prepares the RDB. */
    private static void skipKeepalives(RespWire wire) throws IOException {
        while (wire.peek() == '\n') {
            wire.readByte();
        }
    }

    private static boolean sameCommand(List<byte[]> a, List<byte[]> b) {
        return a.size() == b.size() && Arrays.deepEquals(a.toArray(), b.toArray());
    }

    private static void expect(RespValue reply, String status) throws IOException {
        if (!(reply instanceof RespValue.SimpleString s && s.value().equals(status))) {
            throw new IOException("handshake: expected +" + status + ", got " + reply);
        }
    }
}
