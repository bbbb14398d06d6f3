package com.replicationlab.replication.rdb;

/**
 * Reads an RDB, or one encoded value inside it, front to back. Every read is checked against the
 * end of the data first, so a bad length or a cut-off payload becomes an {@link RdbFormatException}
 * that says what was wrong and where, never an index or memory error.
 */
class ByteCursor {
    private final byte[] bytes;
    /** What the bytes are, for messages; null when they are the RDB itself. */
    private final String valueName;
    /** Where the encoded value was read in the RDB (0 for the RDB itself). */
    private final int valueOffset;
    private int pos;

    /** A cursor over a whole RDB; positions in messages are byte offsets in it. */
    ByteCursor(byte[] rdb) {
        this(rdb, null, 0);
    }

    /** A cursor over an encoded value, e.g. "the listpack of key 'k'", read at {@code offsetInRdb}. */
    ByteCursor(byte[] value, String valueName, int offsetInRdb) {
        this.bytes = value;
        this.valueName = valueName;
        this.valueOffset = offsetInRdb;
    }

    final int position() {
        return pos;
    }

    final int remaining() {
        return bytes.length - pos;
    }

    final int size() {
        return bytes.length;
    }

    final boolean atEnd() {
        return pos == bytes.length;
    }

    final int peekU8() {
        require(1);
        return bytes[pos] & 0xff;
    }

    final int u8() {
        require(1);
        return bytes[pos++] & 0xff;
    }

    final byte[] bytes(long n) {
        require(n);
        byte[] out = new byte[(int) n];
        System.arraycopy(bytes, pos, out, 0, out.length);
        pos += out.length;
        return out;
    }

    final void skip(long n) {
        require(n);
        pos += (int) n;
    }

    /** An unsigned little-endian integer of {@code width} (1..8) bytes; width 8 gives all 64 bits. */
    final long uintLE(int width) {
        require(width);
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[pos + i] & 0xff);
        }
        pos += width;
        return value;
    }

    /** A two's-complement little-endian integer of {@code width} (1..8) bytes. */
    final long intLE(int width) {
        long raw = uintLE(width);
        int unused = 64 - 8 * width;
        return raw << unused >> unused;
    }

    /** An unsigned big-endian integer of {@code width} (1..8) bytes; width 8 gives all 64 bits. */
    final long uintBE(int width) {
        require(width);
        long value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (bytes[pos + i] & 0xff);
        }
        pos += width;
        return value;
    }

    /** The underlying array, for checksums over what was read. */
    final byte[] array() {
        return bytes;
    }

    final RdbFormatException error(String problem) {
        return errorAt(pos, problem);
    }

    final RdbFormatException errorAt(int at, String problem) {
        if (valueName == null) {
            return new RdbFormatException(problem + " at byte offset " + at, at);
        }
        return new RdbFormatException(problem + " at byte " + at + " of " + valueName
                + " (read at byte offset " + valueOffset + ")", valueOffset);
    }

    private void require(long n) {
        if (n < 0 || n > remaining()) {
            throw error("truncated: needs " + n + " more bytes but only " + remaining() + " are left");
        }
    }
}
