package com.replicationlab.replication.rdb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Redis's CRC-64 (the Jones polynomial, bit-reflected, initial value 0, no final xor), the checksum
 * stored after an RDB's EOF opcode. {@code crc64("123456789") == 0xe9c6d914c4b8d9caL}.
 *
 * <p>It runs over whole snapshots, so it reads eight bytes per step ("slicing by 8", as Redis's own
 * crcspeed does) and falls back to one table lookup per byte for the tail.
 */
public final class Crc64 {
    /** The Jones polynomial 0xad93d23594c935a9, bit-reflected. */
    private static final long REFLECTED_POLYNOMIAL = 0x95AC9329AC4BC9B5L;
    private static final long[][] TABLES = buildTables();
    private static final VarHandle LONG_LITTLE_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Crc64() {
    }

    /** The checksum of {@code bytes}. */
    public static long of(byte[] bytes) {
        return update(0, bytes, 0, bytes.length);
    }

    /** Continues {@code crc} (0 to start) over {@code len} bytes of {@code bytes} from {@code off}. */
    public static long update(long crc, byte[] bytes, int off, int len) {
        Objects.checkFromIndexSize(off, len, bytes.length);
        long[] t0 = TABLES[0];
        long[] t1 = TABLES[1];
        long[] t2 = TABLES[2];
        long[] t3 = TABLES[3];
        long[] t4 = TABLES[4];
        long[] t5 = TABLES[5];
        long[] t6 = TABLES[6];
        long[] t7 = TABLES[7];
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            long c = crc ^ (long) LONG_LITTLE_ENDIAN.get(bytes, i);
            crc = t7[(int) c & 0xff]
                    ^ t6[(int) (c >>> 8) & 0xff]
                    ^ t5[(int) (c >>> 16) & 0xff]
                    ^ t4[(int) (c >>> 24) & 0xff]
                    ^ t3[(int) (c >>> 32) & 0xff]
                    ^ t2[(int) (c >>> 40) & 0xff]
                    ^ t1[(int) (c >>> 48) & 0xff]
                    ^ t0[(int) (c >>> 56)];
            i += 8;
        }
        while (i < end) {
            crc = t0[(int) (crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
        }
        return crc;
    }

    /**
     * Table 0 advances the CRC by one byte; table k gives the effect of a byte followed by k zero
     * bytes, which is what lets eight bytes be folded in at once.
     */
    private static long[][] buildTables() {
        long[][] tables = new long[8][256];
        for (int n = 0; n < 256; n++) {
            long c = n;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ REFLECTED_POLYNOMIAL : c >>> 1;
            }
            tables[0][n] = c;
        }
        for (int k = 1; k < 8; k++) {
            for (int n = 0; n < 256; n++) {
                long previous = tables[k - 1][n];
                tables[k][n] = tables[0][(int) previous & 0xff] ^ (previous >>> 8);
            }
        }
        return tables;
    }
}
