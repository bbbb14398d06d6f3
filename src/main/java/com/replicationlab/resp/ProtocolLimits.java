package com.replicationlab.resp;

/**
 * The limits a parser applies, read each time a header is parsed, so that a CONFIG SET takes
 * effect on the next request without rebuilding any pipeline.
 */
public interface ProtocolLimits {

    /** Redis 7.0's defaults: proto-max-bulk-len 512 MB, INT_MAX elements, PROTO_INLINE_MAX_SIZE. */
    ProtocolLimits DEFAULTS = new Fixed(512L * 1024 * 1024, Integer.MAX_VALUE, 64 * 1024);

    /**
     * Longest bulk string accepted (Redis's {@code proto-max-bulk-len}). Redis does not apply it to
     * the stream from its master, so a replica's parser for that link wants {@code Long.MAX_VALUE}.
     */
    long maxBulkLength();

    /**
     * Most elements accepted in one multibulk request or array. Redis 7.0.15 rejects a count above
     * INT_MAX (older releases stopped at 1024*1024); it never allocates for the declared count up
     * front, and neither do these parsers.
     */
    int maxMultibulkLength();

    /**
     * Most bytes a line may hold before its terminator ({@code PROTO_INLINE_MAX_SIZE}): an inline
     * request before its LF (a CR there counts), a {@code *n} or {@code $n} header before its CR,
     * a reply line between its type byte and its CRLF.
     */
    int maxInlineLength();

    /** Limits that never change. */
    record Fixed(long maxBulkLength, int maxMultibulkLength, int maxInlineLength) implements ProtocolLimits {}
}
