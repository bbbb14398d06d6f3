package com.replicationlab.lab;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Names a packet for people: its kind and a short label such as "SET key value · 33 B" or "ACK 200". */
final class PacketDescriber {
    private static final int MAX_LABEL = 48;
    /** The first of several commands is cut shorter, leaving room for the count of the others. */
    private static final int MAX_FIRST_COMMAND = 32;

    private PacketDescriber() {
    }

    /**
     * A packet's kind and label; the label's wording when it has words in it (a re-send, a FIN,
     * "… +15 more"), null when it is data only (commands, replies, offsets).
     */
    record Description(PacketKind kind, String label, Wording wording) {

        Description(PacketKind kind, String label) {
            this(kind, label, null);
        }
    }

    static Description describe(byte[] bytes, long streamFirst, boolean resend) {
        String size = " · " + bytes.length + " B";
        if (resend) {
            long last = streamFirst + bytes.length - 1;
            return new Description(PacketKind.RESEND, "re-send " + streamFirst + ".." + last + size,
                    new Wording("resend", Long.toString(streamFirst), Long.toString(last), Integer.toString(bytes.length)));
        }
        if (bytes.length == 0) {
            return new Description(PacketKind.OTHER, "(empty)", new Wording("empty"));
        }
        switch (bytes[0]) {
            case '*':
                return describeCommands(bytes, streamFirst >= 0, size);
            case '+':
            case '-':
            case ':':
                return describeReply(bytes, size);
            case '$':
                if (firstLine(bytes).startsWith("$EOF")) {
                    return new Description(PacketKind.RDB, "RDB (streamed)" + size,
                            new Wording("rdbStreamed", Integer.toString(bytes.length)));
                }
                return new Description(PacketKind.RDB, "RDB " + firstLine(bytes) + size);
            case '\n':
                return new Description(PacketKind.SYNC, "keepalive \\n", new Wording("keepalive"));
            default:
                if (startsWith(bytes, "REDIS")) {
                    return new Description(PacketKind.RDB, "RDB " + new String(bytes, 0, Math.min(9, bytes.length),
                            StandardCharsets.US_ASCII) + size);
                }
                return new Description(PacketKind.OTHER, clip(printable(bytes)) + size);
        }
    }

    private static Description describeCommands(byte[] bytes, boolean stream, String size) {
        List<List<String>> commands = PacketCommands.parse(bytes);
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
        PacketKind kind = stream ? PacketKind.WRITE : PacketKind.OTHER;
        if (commands.size() == 1) {
            return new Description(kind, clip(String.join(" ", first)) + size);
        }
        // The commands of one batch travel together. Two are both named (the usual pair is a
        // write after its SELECT); of more, the first is named and the rest counted — the window
        // words "+N more" in its own language, from the wording here.
        String firstText = clip(String.join(" ", first), MAX_FIRST_COMMAND);
        if (commands.size() == 2) {
            return new Description(kind, firstText + " + " + clip(String.join(" ", commands.get(1)), MAX_FIRST_COMMAND)
                    + size);
        }
        String more = Integer.toString(commands.size() - 1);
        return new Description(kind, firstText + " … +" + more + " more" + size,
                new Wording("commands", firstText, more, Integer.toString(bytes.length)));
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
        return clip(text, MAX_LABEL);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
