package com.replicationlab.testing;

import com.replicationlab.resp.RespValue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Just enough RESP2 for tests that talk to a real redis-server: encode commands, read values. */
public final class RespWire {
    private final InputStream in;

    public RespWire(InputStream in) {
        this.in = in;
    }

    public static byte[] encode(List<byte[]> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("*" + command.size() + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] arg : command) {
            out.writeBytes(("$" + arg.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(arg);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    public static List<byte[]> args(String... args) {
        return List.of(args).stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Reads one RESP2 value. */
    public RespValue read() throws IOException {
        String line = readLine();
        String rest = line.substring(1);
        return switch (line.charAt(0)) {
            case '+' -> new RespValue.SimpleString(rest);
            case '-' -> RespValue.error(rest);
            case ':' -> RespValue.integer(Long.parseLong(rest));
            case '$' -> rest.equals("-1") ? RespValue.NIL : RespValue.bulk(readBulkBody(Integer.parseInt(rest)));
            case '*' -> readArray(Integer.parseInt(rest));
            default -> throw new IOException("not RESP: " + line);
        };
    }

    /** Reads one command of a replication stream (an array of bulk strings). */
    public List<byte[]> readCommand() throws IOException {
        RespValue.RespArray array = (RespValue.RespArray) read();
        return array.items().stream().map(item -> ((RespValue.BulkString) item).bytes()).toList();
    }

    /** A line without its CR LF. */
    public String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
    }

    /** Everything until the peer closes the connection; fails when it keeps it open past the read timeout. */
    public byte[] readUntilClosed() throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            in.transferTo(received);
        } catch (SocketTimeoutException stillOpen) {
            fail("the server kept the connection open after sending "
                    + new String(received.toByteArray(), StandardCharsets.ISO_8859_1));
        }
        return received.toByteArray();
    }

    /** The next byte, without consuming it. */
    public int peek() throws IOException {
        in.mark(1);
        int b = in.read();
        in.reset();
        return b;
    }

    public int readByte() throws IOException {
        return in.read();
    }

    public byte[] readExactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("connection closed");
        }
        return bytes;
    }

    private byte[] readBulkBody(int length) throws IOException {
        byte[] body = readExactly(length);
        readExactly(2);
        return body;
    }

    private RespValue readArray(int size) throws IOException {
        if (size < 0) {
            return RespValue.NIL_ARRAY;
        }
        List<RespValue> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(read());
        }
        return RespValue.array(items);
    }
}
