package com.replicationlab.replication.rdb;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a zipmap (zipmap.c, hashes in RDB files before Redis 2.6): a count byte (254 or more
 * means "count them"), then field and value pairs, then 0xFF. A length is one byte, or 0xFE and a
 * u32 LE; each value's length is followed by a byte counting unused bytes after the value.
 */
final class Zipmap {
    private static final int END = 0xFF;
    private static final int BIG_LENGTH = 0xFE;

    private Zipmap() {
    }

    /** Fields and values, alternating. */
    static List<byte[]> entries(ByteCursor in) {
        in.u8(); // the count is only a hint; the entries are walked anyway
        List<byte[]> entries = new ArrayList<>();
        while (in.peekU8() != END) {
            entries.add(in.bytes(readLength(in)));
            long valueLength = readLength(in);
            int free = in.u8();
            entries.add(in.bytes(valueLength));
            in.skip(free);
        }
        in.u8();
        if (!in.atEnd()) {
            throw in.error(in.remaining() + " bytes after the zipmap end marker");
        }
        return entries;
    }

    private static long readLength(ByteCursor in) {
        int at = in.position();
        int first = in.u8();
        if (first < BIG_LENGTH) {
            return first;
        }
        if (first == BIG_LENGTH) {
            return in.uintLE(4);
        }
        throw in.errorAt(at, "zipmap ends where a length was expected");
    }
}
