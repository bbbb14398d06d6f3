package com.replicationlab.ui.backlog;

import java.util.Locale;

/** A size in words: "300 B", "16 KB", "1 MB", "1.5 MB". */
public final class ByteSize {
    private ByteSize() {
    }

    public static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return scaled(bytes / 1024.0) + " KB";
        }
        return scaled(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static String scaled(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
