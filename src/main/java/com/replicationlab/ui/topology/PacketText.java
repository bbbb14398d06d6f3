package com.replicationlab.ui.topology;

/** A packet's bytes as a person reads RESP: {@code *3\r\n$3\r\nSET\r\n…}, with CR, LF and binary made visible. */
final class PacketText {
    private PacketText() {
    }

    /** At most {@code maxChars} characters; "…" marks the rest. */
    static String escaped(byte[] bytes, int maxChars) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            if (text.length() >= maxChars) {
                return text.append('…').toString();
            }
            int c = b & 0xff;
            switch (c) {
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n");
                case '\\' -> text.append("\\\\");
                default -> text.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
            }
        }
        return text.toString();
    }
}
