package com.replicationlab.replication.rdb;

import java.util.Arrays;

/** A growable byte buffer that writes the RDB stream's own encodings: lengths and strings. */
final class RdbOutput {
    private static final int ENC_INT8 = 0xC0;
    private static final int ENC_INT16 = 0xC1;
    private static final int ENC_INT32 = 0xC2;
    private static final int ENC_LZF = 0xC3;
    /** Redis tries LZF only on strings longer than this. */
    private static final int MIN_LZF_INPUT = 21;
    /** ...and keeps it only if it saves at least this much. */
    private static final int MIN_LZF_SAVING = 4;

    private final boolean compression;
    private final Lzf lzf = new Lzf();
    private byte[] buf;
    private byte[] lzfScratch = new byte[256];
    private int size;

    RdbOutput(boolean compression, int initialCapacity) {
        this.compression = compression;
        this.buf = new byte[Math.max(64, initialCapacity)];
    }

    int size() {
        return size;
    }

    void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void writeBytes(byte[] bytes) {
        writeBytes(bytes, 0, bytes.length);
    }

    void writeBytes(byte[] bytes, int off, int len) {
        ensure(len);
        System.arraycopy(bytes, off, buf, size, len);
        size += len;
    }

    /** 6-bit, 14-bit big-endian, or 0x80/0x81 followed by 32/64 bits big-endian (rdbSaveLen). */
    void writeLength(long length) {
        if (length < 1 << 6) {
            writeByte((int) length);
        } else if (length < 1 << 14) {
            writeByte(0x40 | (int) (length >>> 8));
            writeByte((int) length);
        } else if (length <= 0xFFFF_FFFFL) {
            writeByte(0x80);
            writeBigEndian(length, 4);
        } else {
            writeByte(0x81);
            writeBigEndian(length, 8);
        }
    }

    /**
     * A key or string value as rdbSaveRawString writes it: integer-encoded when it is a canonical
     * 32-bit integer, else LZF-compressed when allowed and worthwhile, else length and bytes.
     */
    void writeString(byte[] s) {
        long integer = Decimal.parseInt32(s);
        if (integer != Decimal.NOT_INT32) {
            writeInteger(integer);
        } else if (!(compression && s.length >= MIN_LZF_INPUT && tryLzf(s))) {
            writeLength(s.length);
            writeBytes(s);
        }
    }

    void writeLittleEndian(long value, int width) {
        ensure(width);
        for (int i = 0; i < width; i++) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
    }

    /** The bytes written so far, for the checksum. */
    byte[] array() {
        return buf;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void writeInteger(long value) {
        if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            writeByte(ENC_INT8);
            writeLittleEndian(value, 1);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            writeByte(ENC_INT16);
            writeLittleEndian(value, 2);
        } else {
            writeByte(ENC_INT32);
            writeLittleEndian(value, 4);
        }
    }

    private boolean tryLzf(byte[] s) {
        int limit = s.length - MIN_LZF_SAVING;
        if (lzfScratch.length < limit) {
            lzfScratch = new byte[Math.max(limit, lzfScratch.length * 2)];
        }
        int compressed = lzf.compress(s, 0, s.length, lzfScratch, 0, limit);
        if (compressed == 0) {
            return false;
        }
        writeByte(ENC_LZF);
        writeLength(compressed);
        writeLength(s.length);
        writeBytes(lzfScratch, 0, compressed);
        return true;
    }

    private void writeBigEndian(long value, int width) {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
    }

    private void ensure(int more) {
        if (more > buf.length - size) {
            long wanted = Math.max((long) buf.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                wanted = (long) size + more;
            }
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("an RDB snapshot cannot exceed 2 GB in the lab");
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }
}
