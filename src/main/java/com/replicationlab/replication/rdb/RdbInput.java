package com.replicationlab.replication.rdb;

import java.util.zip.DataFormatException;

/** Reads the RDB stream's own encodings: lengths and strings (plain, integer or LZF). */
final class RdbInput extends ByteCursor {
    /** Redis refuses strings above 512 MB; a longer declared LZF length is corruption. */
    private static final int MAX_STRING_BYTES = 512 * 1024 * 1024;

    private static final int ENC_INT8 = 0;
    private static final int ENC_INT16 = 1;
    private static final int ENC_INT32 = 2;
    private static final int ENC_LZF = 3;

    RdbInput(byte[] rdb) {
        super(rdb);
    }

    /** A length (or count): 6-bit, 14-bit big-endian, or 0x80/0x81 followed by 32/64 bits big-endian. */
    long readLength() {
        int at = position();
        int first = u8();
        int kind = first >>> 6;
        if (kind == 0) {
            return first & 0x3f;
        }
        if (kind == 1) {
            return ((first & 0x3f) << 8) | u8();
        }
        if (first == 0x80) {
            return uintBE(4);
        }
        if (first == 0x81) {
            long length = uintBE(8);
            if (length < 0) {
                throw errorAt(at, "64-bit length " + Long.toUnsignedString(length) + " is too large");
            }
            return length;
        }
        if (kind == 2) {
            throw errorAt(at, "Unknown length encoding " + first + " in rdbLoadLen()");
        }
        throw errorAt(at, String.format("expected a length but found string encoding 0x%02x", first));
    }

    /** A string as Redis stores keys and values: raw bytes, a small integer, or LZF-compressed. */
    byte[] readString() {
        int at = position();
        int first = peekU8();
        if (first >>> 6 != 3) {
            long length = readLength();
            if (length > remaining()) {
                throw errorAt(at, "string of " + length + " bytes runs past the end of the data ("
                        + remaining() + " bytes left)");
            }
            return bytes(length);
        }
        u8();
        return switch (first & 0x3f) {
            case ENC_INT8 -> Decimal.bytes(intLE(1));
            case ENC_INT16 -> Decimal.bytes(intLE(2));
            case ENC_INT32 -> Decimal.bytes(intLE(4));
            case ENC_LZF -> readLzfString(at);
            default -> throw errorAt(at, "Unknown RDB string encoding type " + (first & 0x3f));
        };
    }

    /** An 8-byte little-endian Unix time in milliseconds (EXPIRETIME_MS). */
    long readMillisecondTime() {
        return intLE(8);
    }

    private byte[] readLzfString(int at) {
        long compressedLength = readLength();
        long length = readLength();
        if (compressedLength == 0 || compressedLength > remaining()) {
            throw errorAt(at, "LZF string of " + compressedLength + " compressed bytes does not fit in the "
                    + remaining() + " bytes left");
        }
        if (length > MAX_STRING_BYTES || length > compressedLength * Lzf.MAX_EXPANSION) {
            throw errorAt(at, "LZF string claims " + length + " bytes from " + compressedLength
                    + " compressed bytes, more than LZF can expand to");
        }
        int dataAt = position();
        skip(compressedLength);
        try {
            return Lzf.decompress(array(), dataAt, (int) compressedLength, (int) length);
        } catch (DataFormatException e) {
            throw errorAt(at, "Invalid LZF compressed string: " + e.getMessage());
        }
    }
}
