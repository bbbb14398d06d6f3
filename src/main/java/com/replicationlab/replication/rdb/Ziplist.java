package com.replicationlab.replication.rdb;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a ziplist (RDB files before 7.0; ziplist.c): a header of total bytes (u32 LE), offset of
 * the last entry (u32 LE) and entry count (u16 LE, 65535 = "count them"), the entries, then 0xFF.
 * Each entry holds the previous entry's size (1 byte, or 0xFE and u32 LE), an encoding and the data.
 */
final class Ziplist {
    private static final int HEADER_BYTES = 10;
    private static final int END = 0xFF;
    private static final int BIG_PREVLEN = 0xFE;
    private static final int UNKNOWN_COUNT = 0xFFFF;

    private Ziplist() {
    }

    /** The entries, integers as their decimal text (as Redis returns them). */
    static List<byte[]> entries(ByteCursor in) {
        long totalBytes = in.uintLE(4);
        if (totalBytes != in.size()) {
            throw in.errorAt(0, "ziplist header says " + totalBytes + " bytes but it has " + in.size());
        }
        long tailOffset = in.uintLE(4);
        int count = (int) in.uintLE(2);
        List<byte[]> entries = new ArrayList<>();
        int previousSize = 0;
        int lastEntryAt = HEADER_BYTES;
        while (in.peekU8() != END) {
            int entryAt = in.position();
            int prevlen = in.u8();
            if (prevlen == BIG_PREVLEN) {
                prevlen = (int) Math.min(in.uintLE(4), Integer.MAX_VALUE);
            }
            if (prevlen != previousSize) {
                throw in.errorAt(entryAt, "ziplist entry says the previous entry has " + prevlen
                        + " bytes but it has " + previousSize);
            }
            entries.add(readValue(in));
            previousSize = in.position() - entryAt;
            lastEntryAt = entryAt;
        }
        in.u8();
        if (!in.atEnd()) {
            throw in.error(in.remaining() + " bytes after the ziplist end marker");
        }
        if (tailOffset != lastEntryAt) {
            throw in.errorAt(4, "ziplist tail offset " + tailOffset + " is not the last entry's " + lastEntryAt);
        }
        if (count != UNKNOWN_COUNT && count != entries.size()) {
            throw in.errorAt(8, "ziplist header counts " + count + " entries but it has " + entries.size());
        }
        return entries;
    }

    private static byte[] readValue(ByteCursor in) {
        int at = in.position();
        int encoding = in.u8();
        int kind = encoding >>> 6;
        if (kind == 0) {
            return in.bytes(encoding & 0x3f);
        }
        if (kind == 1) {
            return in.bytes(((encoding & 0x3f) << 8) | in.u8());
        }
        if (encoding == 0x80) {
            return in.bytes(in.uintBE(4));
        }
        if (kind == 2) {
            throw in.errorAt(at, String.format("unknown ziplist string encoding 0x%02x", encoding));
        }
        return Decimal.bytes(readInteger(in, encoding, at));
    }

    private static long readInteger(ByteCursor in, int encoding, int at) {
        return switch (encoding) {
            case 0xC0 -> in.intLE(2);
            case 0xD0 -> in.intLE(4);
            case 0xE0 -> in.intLE(8);
            case 0xF0 -> in.intLE(3);
            case 0xFE -> in.intLE(1);
            default -> {
                // 0xF1..0xFD hold the values 0..12 in the encoding byte itself.
                if (encoding >= 0xF1 && encoding <= 0xFD) {
                    yield (encoding & 0x0f) - 1;
                }
                throw in.errorAt(at, String.format("unknown ziplist integer encoding 0x%02x", encoding));
            }
        };
    }
}
