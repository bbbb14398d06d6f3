package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads client requests from a buffer with Redis 7.0's rules (networking.c, processInlineBuffer
 * and processMultibulkBuffer), one request per call, however the bytes are split across reads.
 * Not thread-safe: one parser per connection.
 *
 * <p>A request whose first byte is '*' is a multibulk array of bulk strings; anything else is an
 * inline line. Limits are checked as soon as a header is read, before its payload arrives, and
 * errors carry Redis's exact messages.
 */
public final class RequestParser {

    static final String TOO_BIG_INLINE = "Protocol error: too big inline request";
    static final String TOO_BIG_MBULK_COUNT = "Protocol error: too big mbulk count string";
    static final String INVALID_MBULK_LENGTH = "Protocol error: invalid multibulk length";
    static final String UNAUTHENTICATED_MBULK_LENGTH = "Protocol error: unauthenticated multibulk length";
    static final String TOO_BIG_BULK_COUNT = "Protocol error: too big bulk count string";
    static final String INVALID_BULK_LENGTH = "Protocol error: invalid bulk length";
    static final String UNAUTHENTICATED_BULK_LENGTH = "Protocol error: unauthenticated bulk length";
    /** Not a Redis error: a Java array and {@link Request#wireBytes()} stop at 2 GB. */
    static final String TOO_BIG_REQUEST = "Protocol error: request larger than 2147483647 bytes";

    /** What Redis lets a client send before it has authenticated (hard-coded in 7.0). */
    static final int MAX_ARGS_UNAUTHENTICATED = 10;
    static final long MAX_BULK_LENGTH_UNAUTHENTICATED = 16384;
    /** Never trust a declared count for an allocation, as Redis 7.0 (argv_len = min(count, 1024)). */
    private static final int MAX_INITIAL_ARGS_CAPACITY = 1024;
    private static final long NO_BULK_HEADER_YET = -1;
    /**
     * How many bytes of a header line are copied out of the buffer at once: "$" or "*", a number
     * of at most 20 characters (longer is never valid) and the CR fit.
     */
    private static final int HEADER_COPY_LENGTH = 32;

    private final ProtocolLimits limits;
    private final BooleanSupplier authenticated;

    // The multibulk request being read; args is null between requests. Its headers and finished
    // arguments are consumed from the buffer as they arrive and kept here: argsRead of them in
    // args, which grows (up to the declared count) as they come.
    private byte[][] args;
    private int argsRead;
    private int argsMissing;
    private long bulkLength = NO_BULK_HEADER_YET;
    private long wireBytes;
    // How much of the current, unfinished line was already searched for its terminator, so that a
    // line arriving one byte at a time is scanned once rather than once per byte.
    private int lineScanned;
    // The first bytes at the reader index when a header was last looked for: the header line is
    // searched and parsed here rather than in the buffer, where every byte read costs a bounds
    // check, a reference-count check and a call that the JIT cannot inline for the several kinds of
    // buffer a parser sees (reading headers was 31 % of the lab thread with MSET and GET at -P 16).
    private final byte[] header = new byte[HEADER_COPY_LENGTH];

    /**
     * @param authenticated whether the client has authenticated, or needs no password; asked only
     *                      when a header goes over the unauthenticated limits
     */
    public RequestParser(ProtocolLimits limits, BooleanSupplier authenticated) {
        this.limits = limits;
        this.authenticated = authenticated;
    }

    /**
     * Reads the next request.
     *
     * @return the request, its bytes consumed; or null when it is not complete yet: the part read
     *         so far is consumed and remembered, and never a byte beyond the request is touched
     * @throws ProtocolException when the input breaks the protocol; the connection is then unusable
     */
    public Request next(ByteBuf in) {
        if (args == null) {
            if (!in.isReadable()) {
                return null;
            }
            if (in.getByte(in.readerIndex()) != '*') {
                return nextInline(in);
            }
            int cr = findHeaderEnd(in, TOO_BIG_MBULK_COUNT);
            if (cr < 0) {
                return null;
            }
            int count = multibulkCount(cr - in.readerIndex());
            wireBytes = consumeHeader(in, cr);
            // Redis skips a "*0" or "*-1" header without running anything, and a replica folds its
            // bytes into the offset of the next command. Returning it as an empty request gives
            // the caller the bytes at the moment they are consumed; the caller decides whether to
            // count them now or with the next command.
            if (count == 0) {
                return finish(List.of());
            }
            args = new byte[Math.min(count, MAX_INITIAL_ARGS_CAPACITY)][];
            argsRead = 0;
            argsMissing = count;
        }
        while (argsMissing > 0) {
            if (bulkLength == NO_BULK_HEADER_YET && !readBulkHeader(in)) {
                return null;
            }
            if (in.readableBytes() < bulkLength + 2) {
                return null;
            }
            byte[] arg = new byte[(int) bulkLength];
            in.readBytes(arg);
            // Like Redis, the two bytes after the payload are taken as its CRLF without a look.
            in.skipBytes(2);
            if (argsRead == args.length) {
                args = Arrays.copyOf(args, (int) Math.min(2L * args.length, argsRead + argsMissing));
            }
            args[argsRead++] = arg;
            argsMissing--;
            bulkLength = NO_BULK_HEADER_YET;
        }
        Request request = finish(new ArgumentList(args));
        args = null;
        return request;
    }

    private Request nextInline(ByteBuf in) {
        int start = in.readerIndex();
        int newline = findLineEnd(in, (byte) '\n', TOO_BIG_INLINE);
        if (newline < 0) {
            return null;
        }
        int end = newline > start && in.getByte(newline - 1) == '\r' ? newline - 1 : newline;
        List<byte[]> inlineArgs = InlineSplitter.split(in, start, end);
        int length = newline + 1 - start;
        in.skipBytes(length);
        return new Request(inlineArgs, length, true);
    }

    /** The n of a complete "*n" line of {@code lineLength} bytes before its CR; 0 for the counts Redis skips. */
    private int multibulkCount(int lineLength) {
        long count = parseHeaderNumber(lineLength, INVALID_MBULK_LENGTH);
        if (count > limits.maxMultibulkLength()) {
            throw new ProtocolException(INVALID_MBULK_LENGTH);
        }
        if (count > MAX_ARGS_UNAUTHENTICATED && !authenticated.getAsBoolean()) {
            throw new ProtocolException(UNAUTHENTICATED_MBULK_LENGTH);
        }
        return (int) Math.max(count, 0);
    }

    /** Reads "$len\r\n" into {@link #bulkLength}; false if the line is not complete. */
    private boolean readBulkHeader(ByteBuf in) {
        int cr = findHeaderEnd(in, TOO_BIG_BULK_COUNT);
        if (cr < 0) {
            return false;
        }
        if (header[0] != '$') {
            throw new ProtocolException("Protocol error: expected '$', got '" + printable(header[0]) + "'");
        }
        long length = parseHeaderNumber(cr - in.readerIndex(), INVALID_BULK_LENGTH);
        if (length < 0 || length > limits.maxBulkLength()) {
            throw new ProtocolException(INVALID_BULK_LENGTH);
        }
        if (length > MAX_BULK_LENGTH_UNAUTHENTICATED && !authenticated.getAsBoolean()) {
            throw new ProtocolException(UNAUTHENTICATED_BULK_LENGTH);
        }
        long headerBytes = cr + 2 - in.readerIndex();
        if (wireBytes + headerBytes + length + 2 > Integer.MAX_VALUE) {
            throw new ProtocolException(TOO_BIG_REQUEST);
        }
        wireBytes += consumeHeader(in, cr) + length + 2;
        bulkLength = length;
        return true;
    }

    /**
     * Finds the CR of a header line. Like Redis, the line ends at the first CR and the byte after
     * it is taken as the LF without a look, so the header is not complete until that byte is here.
     * The line's first bytes are left in {@link #header}.
     */
    private int findHeaderEnd(ByteBuf in, String tooLongError) {
        int start = in.readerIndex();
        // Never more than the line-length limit allows, so a CR found here is the one the search
        // in the buffer would find.
        int copied = (int) Math.min(Math.min(in.readableBytes(), HEADER_COPY_LENGTH), limits.maxInlineLength() + 1L);
        in.getBytes(start, header, 0, copied);
        for (int i = 0; i + 1 < copied; i++) {
            if (header[i] == '\r') {
                lineScanned = 0;
                return start + i;
            }
        }
        // A header not complete yet, or too long to be valid: the search in the buffer applies the
        // length limit and remembers how far it looked.
        int cr = findLineEnd(in, (byte) '\r', tooLongError);
        if (cr >= 0 && cr + 1 >= in.writerIndex()) {
            lineScanned = cr - in.readerIndex();
            return -1;
        }
        return cr;
    }

    /**
     * Finds the terminator of the line at the reader index within its first maxInlineLength + 1
     * bytes. Redis applies the limit to whatever happens to be buffered, so whether it accepts a
     * longer line depends on how the bytes were split into reads; a fixed window makes the answer
     * depend on the bytes alone, which the lab's byte-for-byte replays need.
     */
    private int findLineEnd(ByteBuf in, byte terminator, String tooLongError) {
        int start = in.readerIndex();
        int window = (int) Math.min(in.writerIndex(), (long) start + limits.maxInlineLength() + 1);
        int found = in.indexOf(Math.min(start + lineScanned, window), window, terminator);
        if (found >= 0) {
            lineScanned = 0;
            return found;
        }
        if (in.readableBytes() > limits.maxInlineLength()) {
            throw new ProtocolException(tooLongError);
        }
        lineScanned = window - start;
        return -1;
    }

    /**
     * The number after the type byte of a complete header line of {@code lineLength} bytes. A line
     * longer than {@link #header} holds a number longer than any valid one, which
     * {@link Decimal#parse(byte[], int, int)} refuses before it reads a byte.
     */
    private long parseHeaderNumber(int lineLength, String error) {
        try {
            return Decimal.parse(header, 1, lineLength - 1);
        } catch (NumberFormatException e) {
            throw new ProtocolException(error);
        }
    }

    /** Consumes a header line and its terminator; returns how many bytes that was. */
    private static int consumeHeader(ByteBuf in, int cr) {
        int length = cr + 2 - in.readerIndex();
        in.skipBytes(length);
        return length;
    }

    private Request finish(List<byte[]> requestArgs) {
        Request request = new Request(requestArgs, (int) wireBytes, false);
        wireBytes = 0;
        return request;
    }

    /**
     * The byte as Redis's "%c" shows it: addReplyErrorFormat turns CR and LF into spaces. A byte
     * above 0x7F becomes the character with that code, which the UTF-8 encoder writes as two bytes
     * where Redis writes one.
     */
    private static char printable(byte b) {
        return b == '\r' || b == '\n' ? ' ' : (char) (b & 0xFF);
    }
}
