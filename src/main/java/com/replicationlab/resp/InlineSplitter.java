package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an inline request line into arguments the way Redis's sdssplitargs does: blanks separate
 * arguments; "double quotes" understand \n \r \t \b \a, \xHH and any other escaped character as
 * itself; 'single quotes' understand only \'; a closing quote must be followed by a blank or the
 * end of the line.
 */
final class InlineSplitter {

    static final String UNBALANCED_QUOTES = "Protocol error: unbalanced quotes in request";

    private final ByteBuf line;
    private final int end;
    private int position;

    private InlineSplitter(ByteBuf line, int start, int end) {
        this.line = line;
        this.position = start;
        this.end = end;
    }

    /** The arguments in bytes [start, end) of {@code buf}; the line terminator is not included. */
    static List<byte[]> split(ByteBuf buf, int start, int end) {
        return new InlineSplitter(buf, start, end).arguments();
    }

    private List<byte[]> arguments() {
        List<byte[]> args = new ArrayList<>();
        while (true) {
            while (position < end && isSpace(line.getByte(position))) {
                position++;
            }
            if (position == end) {
                return args;
            }
            args.add(argument());
        }
    }

    private byte[] argument() {
        ByteArrayOutputStream arg = new ByteArrayOutputStream();
        while (position < end) {
            byte b = line.getByte(position++);
            switch (b) {
                case ' ', '\n', '\r', '\t' -> {
                    return arg.toByteArray();
                }
                case '"' -> {
                    doubleQuoted(arg);
                    return arg.toByteArray();
                }
                case '\'' -> {
                    singleQuoted(arg);
                    return arg.toByteArray();
                }
                default -> arg.write(b);
            }
        }
        return arg.toByteArray();
    }

    private void doubleQuoted(ByteArrayOutputStream arg) {
        while (position < end) {
            byte b = line.getByte(position);
            if (b == '\\' && isHexEscape(position)) {
                arg.write(hexValue(line.getByte(position + 2)) * 16 + hexValue(line.getByte(position + 3)));
                position += 4;
            } else if (b == '\\' && position + 1 < end) {
                arg.write(unescape(line.getByte(position + 1)));
                position += 2;
            } else if (b == '"') {
                closeQuote();
                return;
            } else {
                arg.write(b);
                position++;
            }
        }
        throw new ProtocolException(UNBALANCED_QUOTES);
    }

    private void singleQuoted(ByteArrayOutputStream arg) {
        while (position < end) {
            byte b = line.getByte(position);
            if (b == '\\' && position + 1 < end && line.getByte(position + 1) == '\'') {
                arg.write('\'');
                position += 2;
            } else if (b == '\'') {
                closeQuote();
                return;
            } else {
                arg.write(b);
                position++;
            }
        }
        throw new ProtocolException(UNBALANCED_QUOTES);
    }

    /** Steps over a closing quote, which must end the argument. */
    private void closeQuote() {
        position++;
        if (position < end && !isSpace(line.getByte(position))) {
            throw new ProtocolException(UNBALANCED_QUOTES);
        }
    }

    private boolean isHexEscape(int at) {
        return at + 3 < end
                && line.getByte(at + 1) == 'x'
                && hexValue(line.getByte(at + 2)) >= 0
                && hexValue(line.getByte(at + 3)) >= 0;
    }

    private static int unescape(byte b) {
        return switch (b) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'a' -> 7;
            default -> b;
        };
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    /** C's isspace in the "C" locale. */
    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }
}
