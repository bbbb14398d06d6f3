package com.replicationlab.cli.bench;

import com.replicationlab.resp.ProtocolLimits;
import com.replicationlab.resp.ReplyParser;
import com.replicationlab.resp.RespEncoder;
import com.replicationlab.resp.RespValue;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A blocking RESP connection to any Redis-compatible server, for the benchmarks' own commands. */
final class RespLink implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final ReplyParser parser = new ReplyParser(ProtocolLimits.DEFAULTS);
    private final ByteBuf received = Unpooled.buffer();
    private final byte[] chunk = new byte[64 * 1024];

    RespLink(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    RespValue command(String... args) throws IOException {
        send(List.of(args));
        return reply();
    }

    /** Sends a command without waiting for its reply (pipelining). */
    void send(List<String> args) throws IOException {
        out.write(RespEncoder.commandBytes(args.stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toList()));
    }

    void flush() throws IOException {
        out.flush();
    }

    RespValue reply() throws IOException {
        out.flush();
        RespValue value = parser.next(received);
        while (value == null) {
            int n = in.read(chunk);
            if (n < 0) {
                throw new IOException("the server closed the connection");
            }
            received.writeBytes(chunk, 0, n);
            value = parser.next(received);
        }
        received.discardReadBytes();
        if (value instanceof RespValue.ErrorReply error) {
            throw new IOException(error.message());
        }
        return value;
    }

    /** The fields of INFO {@code section}. */
    Map<String, String> info(String section) throws IOException {
        RespValue reply = command("INFO", section);
        String text = new String(((RespValue.BulkString) reply).bytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        Arrays.stream(text.split("\r\n")).filter(l -> !l.startsWith("#") && l.contains(":"))
                .forEach(l -> fields.put(l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 1)));
        return fields;
    }

    /** Waits (up to 10 s) until the master on {@code port} has {@code replicas} replicas online. */
    static void awaitReplicas(int port, int replicas) throws IOException, InterruptedException {
        try (RespLink master = new RespLink(port)) {
            for (int attempt = 0; attempt < 200; attempt++) {
                Map<String, String> info = master.info("replication");
                long online = info.keySet().stream().filter(k -> k.matches("slave\\d+"))
                        .filter(k -> info.get(k).contains("state=online")).count();
                if (online == replicas) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new IOException("the replicas of the master on port " + port + " did not come online");
    }

    @Override
    public void close() throws IOException {
        socket.close();
        received.release();
    }
}
