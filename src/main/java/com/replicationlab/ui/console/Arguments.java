package com.replicationlab.ui.console;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a typed line into arguments the way redis-cli does: words apart by spaces; "double quotes"
 * with \n \r \t \b \a \" \\ and \xHH escapes; 'single quotes' where only \' is special. A closing
 * quote must end its word. Escaped bytes are read as UTF-8, as the lab takes commands as text.
 */
final class Arguments {
    private Arguments() {
    }

    /** The arguments; throws IllegalArgumentException with redis-cli's complaint when quotes do not balance. */
    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return args;
            }
            ByteArrayOutputStream word = new ByteArrayOutputStream();
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                char c = line.charAt(i);
                if (c == '"' || c == '\'') {
                    i = quoted(line, i, word);
                    if (i < n && !Character.isWhitespace(line.charAt(i))) {
                        throw new IllegalArgumentException("Invalid argument(s)");
                    }
                } else {
                    append(word, line.substring(i, i + Character.charCount(line.codePointAt(i))));
                    i += Character.charCount(line.codePointAt(i));
                }
            }
            args.add(word.toString(StandardCharsets.UTF_8));
        }
    }

    /** Reads a quoted part starting at {@code start} (the quote); returns the index after the closing quote. */
    private static int quoted(String line, int start, ByteArrayOutputStream word) {
        char quote = line.charAt(start);
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (quote == '\'') {
                    if (next == '\'') {
                        word.write('\'');
                        i += 2;
                        continue;
                    }
                } else if (next == 'x' && i + 3 < line.length() && isHex(line.charAt(i + 2)) && isHex(line.charAt(i + 3))) {
                    word.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
                    i += 4;
                    continue;
                } else {
                    word.write(switch (next) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'b' -> '\b';
                        case 'a' -> 7;
                        default -> next;
                    });
                    i += 2;
                    continue;
                }
            }
            int width = Character.charCount(line.codePointAt(i));
            append(word, line.substring(i, i + width));
            i += width;
        }
        throw new IllegalArgumentException("Invalid argument(s)");
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static void append(ByteArrayOutputStream word, String text) {
        word.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
