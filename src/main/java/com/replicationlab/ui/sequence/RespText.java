package com.replicationlab.ui.sequence;

/**
 * Bytes as a student should read them: printable ASCII as it is, CR and LF written out as {@code \r}
 * and {@code \n} (with a line break after each {@code \n}, so RESP reads one element a line), every
 * other byte as {@code \xHH}. Only the first {@link #MAX_BYTES} are shown (an RDB can be long).
 */
public final class RespText {
    public static final int MAX_BYTES = 4_096;

    private RespText() {
    }

    public static String visible(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(bytes.length, MAX_BYTES);
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n\n");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (b >= 0x20 && b < 0x7f) {
                        out.append((char) b);
                    } else {
                        out.append(String.format("\\x%02x", b));
                    }
                }
            }
        }
        return out.toString();
    }
}
