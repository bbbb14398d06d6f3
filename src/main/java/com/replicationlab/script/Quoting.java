package com.replicationlab.script;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes strings back in the form {@link ArgSplitter} reads, so an action prints as a line that parses to itself. */
final class Quoting {
    private Quoting() {
    }

    /** A command argument: bare when that reads back the same, otherwise in double quotes. */
    static String arg(String value) {
        return needsQuotes(value) ? quoted(value) : value;
    }

    static String args(List<String> values) {
        return values.stream().map(Quoting::arg).collect(Collectors.joining(" "));
    }

    /** Always in double quotes, with escapes for quotes, backslashes and control characters. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty() || value.startsWith("#") || value.equals("==") || value.equals("!=")) {
            return true;
        }
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\'' || c <= 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
