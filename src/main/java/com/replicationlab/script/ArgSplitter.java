package com.replicationlab.script;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits command arguments as redis-cli does (its sdssplitargs): words separated by spaces;
 * "double quotes" with \n \r \t \b \a \" \\ and \xHH escapes; 'single quotes' where only \' is
 * special; a quote may start inside a word, and a closing quote must be followed by a space.
 * Escaped bytes are decoded as UTF-8, because the lab passes commands on as text.
 */
final class ArgSplitter {
    private ArgSplitter() {
    }

    /** Every argument up to the end of the line (or a comment). */
    static List<Arg> readAll(LineCursor cursor) throws ScriptException {
        List<Arg> args = new ArrayList<>();
        while (!cursor.atEnd()) {
            args.add(read(cursor));
        }
        return args;
    }

    /** The next argument; the cursor must not be at the end. */
    static Arg read(LineCursor cursor) throws ScriptException {
        cursor.skipSpaces();
        int column = cursor.column();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean quoted = false;
        while (!cursor.atWordEnd()) {
            char c = cursor.peek();
            if (c == '"' || c == '\'') {
                quoted = true;
                int quoteColumn = cursor.column();
                readQuotedInto(cursor, bytes);
                if (!cursor.atWordEnd()) {
                    throw cursor.error(quoteColumn, "a closing quote must be followed by a space");
                }
            } else {
                appendText(bytes, cursor.nextCodePoint());
            }
        }
        return new Arg(bytes.toString(StandardCharsets.UTF_8), quoted, column);
    }

    /** A quoted string starting at the cursor, which is on its opening quote. */
    static String readQuoted(LineCursor cursor) throws ScriptException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        readQuotedInto(cursor, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void readQuotedInto(LineCursor cursor, ByteArrayOutputStream bytes) throws ScriptException {
        int column = cursor.column();
        char quote = cursor.next();
        while (true) {
            if (!cursor.hasMore()) {
                throw cursor.error(column, "unbalanced quotes: the " + (quote == '"' ? "double" : "single")
                        + " quote is never closed");
            }
            char c = cursor.peek();
            if (c == quote) {
                cursor.next();
                return;
            }
            if (c != '\\') {
                appendText(bytes, cursor.nextCodePoint());
                continue;
            }
            cursor.next();
            if (cursor.hasMore()) {
                if (quote == '"') {
                    readEscape(cursor, bytes);
                } else if (cursor.peek() == '\'') {
                    bytes.write(cursor.next());
                } else {
                    bytes.write('\\');
                }
            }
        }
    }

    /** After a backslash in double quotes. */
    private static void readEscape(LineCursor cursor, ByteArrayOutputStream bytes) {
        switch (cursor.peek()) {
            case 'n' -> bytes.write(escaped(cursor, '\n'));
            case 'r' -> bytes.write(escaped(cursor, '\r'));
            case 't' -> bytes.write(escaped(cursor, '\t'));
            case 'b' -> bytes.write(escaped(cursor, '\b'));
            case 'a' -> bytes.write(escaped(cursor, (char) 7));
            case 'x' -> readHexByte(cursor, bytes);
            default -> appendText(bytes, cursor.nextCodePoint());
        }
    }

    private static char escaped(LineCursor cursor, char meaning) {
        cursor.next();
        return meaning;
    }

    /** As redis-cli: "\xHH" is one byte; "\x" without two hex digits is a plain x. */
    private static void readHexByte(LineCursor cursor, ByteArrayOutputStream bytes) {
        cursor.next();
        int high = Character.digit(cursor.peekAhead(0), 16);
        int low = Character.digit(cursor.peekAhead(1), 16);
        if (high < 0 || low < 0) {
            bytes.write('x');
            return;
        }
        cursor.next();
        cursor.next();
        bytes.write(high * 16 + low);
    }

    private static void appendText(ByteArrayOutputStream bytes, String text) {
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
