package com.replicationlab.replication.rdb;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an intset (intset.c): element width in bytes (u32 LE: 2, 4 or 8), element count
 * (u32 LE), then the elements as little-endian integers in strictly increasing order.
 */
final class Intset {
    private static final int HEADER_BYTES = 8;

    private Intset() {
    }

    /** The members as decimal text. */
    static List<byte[]> members(ByteCursor in) {
        long width = in.uintLE(4);
        if (width != 2 && width != 4 && width != 8) {
            throw in.errorAt(0, "intset element width " + width + " is not 2, 4 or 8");
        }
        long count = in.uintLE(4);
        if (count * width != in.remaining()) {
            throw in.errorAt(4, "intset of " + count + " elements of " + width + " bytes does not fill its "
                    + (in.size() - HEADER_BYTES) + " bytes");
        }
        List<byte[]> members = new ArrayList<>((int) count);
        long previous = 0;
        for (long i = 0; i < count; i++) {
            int at = in.position();
            long value = in.intLE((int) width);
            if (i > 0 && value <= previous) {
                throw in.errorAt(at, "intset element " + value + " does not follow " + previous
                        + " in increasing order");
            }
            members.add(Decimal.bytes(value));
            previous = value;
        }
        return members;
    }
}
