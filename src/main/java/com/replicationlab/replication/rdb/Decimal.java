package com.replicationlab.replication.rdb;

import java.nio.charset.StandardCharsets;

/** Integers as Redis stores them in strings: canonical decimal text. */
final class Decimal {
    /** Returned by {@link #parseInt32} for text that is not an integer Redis would encode. */
    static final long NOT_INT32 = Long.MIN_VALUE;

    private static final int MAX_INT32_CHARS = 11;

    private Decimal() {
    }

    static byte[] bytes(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The value of {@code text} if it is the canonical decimal form of a 32-bit integer (no sign
     * other than a leading '-', no leading zeros, not "-0"), else {@link #NOT_INT32}. Only such
     * strings may be stored integer-encoded, so they read back byte for byte.
     */
    static long parseInt32(byte[] text) {
        int len = text.length;
        if (len == 0 || len > MAX_INT32_CHARS) {
            return NOT_INT32;
        }
        boolean negative = text[0] == '-';
        int start = negative ? 1 : 0;
        if (start == len || (text[start] == '0' && (len - start > 1 || negative))) {
            return NOT_INT32;
        }
        long value = 0;
        for (int i = start; i < len; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_INT32;
            }
            value = value * 10 + digit;
        }
        value = negative ? -value : value;
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? value : NOT_INT32;
    }
}
