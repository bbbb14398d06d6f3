package com.replicationlab.lab;

import com.replicationlab.resp.ProtocolException;
import com.replicationlab.resp.ProtocolLimits;
import com.replicationlab.resp.Request;
import com.replicationlab.resp.RequestParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names a packet for people: its kind and a short label such as "SET key value · 33 B" or "ACK 200". */
final class PacketDescriber {
    private static final int MAX_LABEL = 48;
    private static final ProtocolLimits LIMITS = new ProtocolLimits.Fixed(Long.MAX_VALUE, Integer.MAX_VALUE, 1 << 20);

    private PacketDescriber() {
    }

    record Description(PacketKind kind, String label) {}

    static Description describe(byte[] bytes, long streamFirst, boolean resend) {
        String size = " · " + bytes.length + " B";
        if (resend) {
            long last = streamFirst + bytes.length - 1;
            return new Description(PacketKind.RESEND, "re-send " + streamFirst + ".." + last + size);
        }
        if (bytes.length == 0) {
            return new Description(PacketKind.OTHER, "(empty)");
        }
        switch (bytes[0]) {
            case '*':
                return describeCommands(bytes, streamFirst >= 0, size);
            case '+':
            case '-':
            case ':':
                return describeReply(bytes, size);
            case '$':
                return new Description(PacketKind.RDB, firstLine(bytes).startsWith("$EOF") ? "RDB (streamed)" + size
                        : "RDB " + firstLine(bytes) + size);
            case '\n':
                return new Description(PacketKind.SYNC, "keepalive \\n");
            default:
                if (startsWith(bytes, "REDIS")) {
                    return new Description(PacketKind.RDB, "RDB " + new String(bytes, 0, Math.min(9, bytes.length),
                            StandardCharsets.US_ASCII) + size);
                }
                return new Description(PacketKind.OTHER, clip(printable(bytes)) + size);
        }
    }

    private static Description describeCommands(byte[] bytes, boolean stream, String size) {
        List<List<String>> commands = parse(bytes);
        if (commands.isEmpty()) {
            return new Description(stream ? PacketKind.WRITE : PacketKind.OTHER, "RESP" + size);
        }
        List<String> first = commands.get(0);
        String name = first.get(0).toUpperCase(Locale.ROOT);
        if (name.equals("REPLCONF") && first.size() >= 3 && first.get(1).equalsIgnoreCase("ACK")) {
            return new Description(PacketKind.ACK, "ACK " + first.get(2));
        }
        if (name.equals("REPLCONF") && first.size() >= 2 && first.get(1).equalsIgnoreCase("GETACK")) {
            return new Description(PacketKind.GETACK, "GETACK" + size);
        }
        if (name.equals("PING") && commands.size() == 1) {
            return new Description(PacketKind.PING, first.get(0) + size);
        }
        if (name.equals("REPLCONF") || name.equals("PSYNC") || name.equals("SYNC") || name.equals("AUTH")) {
            List<String> names = commands.stream().map(c -> String.join(" ", c)).toList();
            return new Description(PacketKind.SYNC, clip(String.join(" + ", names)));
        }
        String text = commands.size() == 1 ? String.join(" ", first)
                : commands.size() + " commands: " + String.join(" ", first) + " …";
        return new Description(stream ? PacketKind.WRITE : PacketKind.OTHER, clip(text) + size);
    }

    private static Description describeReply(byte[] bytes, String size) {
        String line = firstLine(bytes);
        if (line.startsWith("+FULLRESYNC") || line.startsWith("+CONTINUE")) {
            String[] parts = line.split(" ");
            String text = parts.length >= 2 && parts[1].length() == 40
                    ? parts[0] + " " + parts[1].substring(0, 8) + "…" + (parts.length > 2 ? " " + parts[2] : "")
                    : line;
            return new Description(PacketKind.SYNC, text);
        }
        if (line.equals("+PONG")) {
            return new Description(PacketKind.PING, "+PONG");
        }
        return new Description(PacketKind.OTHER, clip(line) + size);
    }

    private static List<List<String>> parse(byte[] bytes) {
        RequestParser parser = new RequestParser(LIMITS, () -> true);
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        List<List<String>> commands = new ArrayList<>();
        try {
            for (Request r = parser.next(buf); r != null; r = parser.next(buf)) {
                if (!r.isEmpty()) {
                    commands.add(r.args().stream().map(a -> printable(a)).toList());
                }
            }
        } catch (ProtocolException e) {
            // Not whole commands (part of a larger write): describe what parsed.
        }
        return commands;
    }

    private static String firstLine(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 0, Math.min(end, 120), StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 200); i++) {
            int c = bytes[i] & 0xff;
            text.append(c >= 32 && c < 127 ? (char) c : '.');
        }
        return text.toString();
    }

    private static String clip(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }
}
