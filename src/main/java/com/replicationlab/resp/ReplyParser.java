package com.replicationlab.resp;

import com.replicationlab.resp.RespValue.BulkString;
import com.replicationlab.resp.RespValue.ErrorReply;
import com.replicationlab.resp.RespValue.RespArray;
import com.replicationlab.resp.RespValue.SimpleString;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Reads RESP2 replies from a buffer, one whole value per call, however the bytes are split across
 * reads: nested arrays are assembled on a stack of open arrays kept between calls. Strict: lines
 * end in CRLF, numbers follow Redis's string2ll rules, and every length, count and nesting depth
 * has a limit. Not thread-safe: one parser per connection.
 */
public final class ReplyParser {

    /** Deepest nesting of arrays accepted; a top-level array is depth 1. */
    public static final int MAX_NESTING_DEPTH = 64;
    private static final int MAX_INITIAL_ARRAY_CAPACITY = 1024;
    private static final int MAX_QUOTED_TEXT = 64;
    private static final long NO_PENDING_BULK = -1;

    private final ProtocolLimits limits;
    private final boolean skipKeepaliveLines;

    /** Arrays still waiting for elements, innermost first. */
    private final Deque<OpenArray> openArrays = new ArrayDeque<>();
    private long pendingBulkLength = NO_PENDING_BULK;
    // How much of the current, unfinished line was already searched for its LF.
    private int lineScanned;

    public ReplyParser(ProtocolLimits limits) {
        this(limits, false);
    }

    private ReplyParser(ProtocolLimits limits, boolean skipKeepaliveLines) {
        this.limits = limits;
        this.skipKeepaliveLines = skipKeepaliveLines;
    }

    /**
     * A parser for a replica waiting for its master's replies during the handshake: it skips the
     * empty lines ("\n" or "\r\n") a Redis master sends as keepalives before it answers PSYNC.
     */
    public static ReplyParser skippingKeepaliveLines(ProtocolLimits limits) {
        return new ReplyParser(limits, true);
    }

    /**
     * Reads the next value.
     *
     * @return the value, its bytes consumed; or null when it is not complete yet: what was read so
     *         far is consumed and remembered, and never a byte beyond the value is touched
     * @throws ProtocolException on malformed input or a value over the limits
     */
    public RespValue next(ByteBuf in) {
        while (true) {
            int before = in.readerIndex();
            RespValue value = pendingBulkLength == NO_PENDING_BULK ? readLine(in) : readBulkPayload(in);
            if (value != null) {
                RespValue topLevel = addToOpenArrays(value);
                if (topLevel != null) {
                    return topLevel;
                }
            } else if (in.readerIndex() == before) {
                return null;
            }
        }
    }

    /**
     * Adds a complete value to the innermost open array, closing every array it completes.
     * Returns the top-level value once it is complete, else null.
     */
    private RespValue addToOpenArrays(RespValue value) {
        RespValue completed = value;
        while (!openArrays.isEmpty()) {
            OpenArray innermost = openArrays.peek();
            innermost.items.add(completed);
            if (innermost.items.size() < innermost.expected) {
                return null;
            }
            openArrays.pop();
            completed = new RespArray(Collections.unmodifiableList(innermost.items));
        }
        return completed;
    }

    /**
     * Reads one line. Returns the value it holds, or null: either the line is not complete (nothing
     * consumed) or it was an array or bulk header whose contents are still to come (consumed).
     */
    private RespValue readLine(ByteBuf in) {
        if (skipKeepaliveLines && openArrays.isEmpty() && !consumeKeepaliveLines(in)) {
            return null;
        }
        if (!in.isReadable()) {
            return null;
        }
        byte type = in.getByte(in.readerIndex());
        if (type != '+' && type != '-' && type != ':' && type != '$' && type != '*') {
            throw new ProtocolException("Protocol error: unknown reply type byte " + describe(type));
        }
        int lf = findLf(in);
        if (lf < 0) {
            return null;
        }
        int start = in.readerIndex() + 1;
        int end = lf - 1;
        if (end < start || in.getByte(end) != '\r') {
            throw new ProtocolException("Protocol error: reply line does not end with CRLF");
        }
        RespValue value = switch (type) {
            case '+' -> new SimpleString(in.toString(start, end - start, StandardCharsets.UTF_8));
            case '-' -> new ErrorReply(in.toString(start, end - start, StandardCharsets.UTF_8));
            case ':' -> RespValue.integer(number(in, start, end, "integer"));
            case '$' -> bulkHeader(number(in, start, end, "bulk length"));
            default -> arrayHeader(number(in, start, end, "array length"));
        };
        in.readerIndex(lf + 1);
        return value;
    }

    /** The nil bulk string, or null after recording the length of the payload to read. */
    private RespValue bulkHeader(long length) {
        if (length == -1) {
            return RespValue.NIL;
        }
        if (length < -1) {
            throw new ProtocolException("Protocol error: invalid bulk length " + length);
        }
        long max = Math.min(limits.maxBulkLength(), Integer.MAX_VALUE - 2);
        if (length > max) {
            throw new ProtocolException("Protocol error: bulk length " + length + " is over the limit of " + max);
        }
        pendingBulkLength = length;
        return null;
    }

    /** A nil or empty array, or null after opening an array that waits for its elements. */
    private RespValue arrayHeader(long count) {
        if (count == -1) {
            return RespValue.NIL_ARRAY;
        }
        if (count < -1) {
            throw new ProtocolException("Protocol error: invalid array length " + count);
        }
        if (count > limits.maxMultibulkLength()) {
            throw new ProtocolException(
                    "Protocol error: array length " + count + " is over the limit of " + limits.maxMultibulkLength());
        }
        if (count == 0) {
            return RespValue.EMPTY_ARRAY;
        }
        if (openArrays.size() == MAX_NESTING_DEPTH) {
            throw new ProtocolException("Protocol error: arrays nested deeper than " + MAX_NESTING_DEPTH);
        }
        openArrays.push(new OpenArray((int) count));
        return null;
    }

    private RespValue readBulkPayload(ByteBuf in) {
        int length = (int) pendingBulkLength;
        if (in.readableBytes() < length + 2) {
            return null;
        }
        int end = in.readerIndex() + length;
        if (in.getByte(end) != '\r' || in.getByte(end + 1) != '\n') {
            throw new ProtocolException("Protocol error: bulk string of " + length + " bytes does not end with CRLF");
        }
        byte[] bytes = new byte[length];
        in.readBytes(bytes);
        in.skipBytes(2);
        pendingBulkLength = NO_PENDING_BULK;
        return new BulkString(bytes);
    }

    /** Consumes empty lines; false if the buffer ends in a CR that may start one. */
    private boolean consumeKeepaliveLines(ByteBuf in) {
        while (in.isReadable()) {
            int at = in.readerIndex();
            if (in.getByte(at) == '\n') {
                in.skipBytes(1);
            } else if (in.getByte(at) == '\r') {
                if (in.readableBytes() < 2) {
                    return false;
                }
                if (in.getByte(at + 1) != '\n') {
                    return true;
                }
                in.skipBytes(2);
            } else {
                return true;
            }
        }
        return true;
    }

    /** The LF ending the line at the reader index, or -1 if it has not arrived yet. */
    private int findLf(ByteBuf in) {
        int start = in.readerIndex();
        // The line may hold maxInlineLength bytes besides its type byte and CR.
        int window = (int) Math.min(in.writerIndex(), (long) start + limits.maxInlineLength() + 3);
        int lf = in.indexOf(Math.min(start + lineScanned, window), window, (byte) '\n');
        if (lf >= 0) {
            lineScanned = 0;
            return lf;
        }
        if (window - start > limits.maxInlineLength() + 2) {
            throw new ProtocolException("Protocol error: reply line longer than " + limits.maxInlineLength() + " bytes");
        }
        lineScanned = window - start;
        return -1;
    }

    private static long number(ByteBuf in, int start, int end, String what) {
        try {
            return Decimal.parse(in, start, end - start);
        } catch (NumberFormatException e) {
            int shown = Math.min(end - start, MAX_QUOTED_TEXT);
            throw new ProtocolException(
                    "Protocol error: invalid " + what + " '" + in.toString(start, shown, StandardCharsets.UTF_8) + "'");
        }
    }

    private static String describe(byte b) {
        return b >= 0x21 && b <= 0x7E ? "'" + (char) b + "'" : String.format("0x%02X", b & 0xFF);
    }

    /** An array whose header was read and whose elements are still arriving. */
    private static final class OpenArray {
        final int expected;
        final List<RespValue> items;

        OpenArray(int expected) {
            this.expected = expected;
            this.items = new ArrayList<>(Math.min(expected, MAX_INITIAL_ARRAY_CAPACITY));
        }
    }
}
