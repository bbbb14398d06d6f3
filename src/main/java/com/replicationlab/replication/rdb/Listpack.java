package com.replicationlab.replication.rdb;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a listpack (listpack.c, Redis 7): total bytes (u32 LE), entry count (u16 LE, 65535 =
 * "count them"), the entries, then 0xFF. Each entry is an encoding byte with its data, then its own
 * size ("backlen", 1 to 5 bytes, 7 bits each, most significant first) so it can be walked backwards.
 */
final class Listpack {
    private static final int HEADER_BYTES = 6;
    private static final int END = 0xFF;
    private static final int UNKNOWN_COUNT = 0xFFFF;

    private Listpack() {
    }

    /** The entries, integers as their decimal text (as Redis returns them). */
    static List<byte[]> entries(ByteCursor in) {
        long totalBytes = in.uintLE(4);
        if (totalBytes != in.size()) {
            throw in.errorAt(0, "listpack header says " + totalBytes + " bytes but it has " + in.size());
        }
        int count = (int) in.uintLE(2);
        List<byte[]> entries = new ArrayList<>();
        while (in.peekU8() != END) {
            int entryAt = in.position();
            entries.add(readValue(in));
            checkBacklen(in, in.position() - entryAt);
        }
        in.u8();
        if (!in.atEnd()) {
            throw in.error(in.remaining() + " bytes after the listpack end marker");
        }
        if (count != UNKNOWN_COUNT && count != entries.size()) {
            throw in.errorAt(HEADER_BYTES - 2, "listpack header counts " + count + " entries but it has "
                    + entries.size());
        }
        return entries;
    }

    private static byte[] readValue(ByteCursor in) {
        int at = in.position();
        int encoding = in.u8();
        if ((encoding & 0x80) == 0) {
            return Decimal.bytes(encoding); // 7-bit unsigned integer
        }
        if ((encoding & 0xC0) == 0x80) {
            return in.bytes(encoding & 0x3f); // string of up to 63 bytes
        }
        if ((encoding & 0xE0) == 0xC0) {
            int value = ((encoding & 0x1f) << 8) | in.u8(); // 13-bit signed integer
            return Decimal.bytes(value >= 1 << 12 ? value - (1 << 13) : value);
        }
        if ((encoding & 0xF0) == 0xE0) {
            return in.bytes(((encoding & 0x0f) << 8) | in.u8()); // string of up to 4095 bytes
        }
        return switch (encoding) {
            case 0xF0 -> in.bytes(in.uintLE(4));
            case 0xF1 -> Decimal.bytes(in.intLE(2));
            case 0xF2 -> Decimal.bytes(in.intLE(3));
            case 0xF3 -> Decimal.bytes(in.intLE(4));
            case 0xF4 -> Decimal.bytes(in.intLE(8));
            default -> throw in.errorAt(at, String.format("unknown listpack entry encoding 0x%02x", encoding));
        };
    }

    private static void checkBacklen(ByteCursor in, int entrySize) {
        int at = in.position();
        long backlen = 0;
        for (int i = backlenBytes(entrySize); i > 0; i--) {
            backlen = (backlen << 7) | (in.u8() & 0x7f);
        }
        if (backlen != entrySize) {
            throw in.errorAt(at, "listpack entry's back length says " + backlen + " bytes but it has " + entrySize);
        }
    }

    private static int backlenBytes(int size) {
        if (size <= 127) {
            return 1;
        }
        if (size < 16383) {
            return 2;
        }
        if (size < 2097151) {
            return 3;
        }
        return size < 268435455 ? 4 : 5;
    }
}
