package com.replicationlab.replication.rdb;

/**
 * An RDB payload that cannot be loaded: corrupt, truncated, of an unsupported version, or holding a
 * type the lab does not keep. The message says what was wrong and where.
 */
public final class RdbFormatException extends RuntimeException {
    private final long offset;

    RdbFormatException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset in the RDB of the problem (for a problem inside an encoded value: of that value). */
    public long offset() {
        return offset;
    }
}
