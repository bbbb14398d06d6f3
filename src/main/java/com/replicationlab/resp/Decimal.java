package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** Signed 64-bit decimals read from and written to buffers, without creating Strings. */
final class Decimal {

    /** Redis's LONG_STR_SIZE: a number text this long or longer is never valid. */
    private static final int MAX_TEXT_LENGTH = 20;
    private static final byte[] MIN_VALUE_TEXT = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

    private Decimal() {
    }

    /**
     * Parses the bytes [index, index + length) with Redis's string2ll rules: an optional '-', no
     * '+', no spaces, no leading zeros ("0" alone is fine, "-0" is not), no overflow.
     *
     * @throws NumberFormatException otherwise; callers turn it into their own protocol error
     */
    static long parse(ByteBuf buf, int index, int length) {
        if (length == 0 || length > MAX_TEXT_LENGTH) {
            throw new NumberFormatException();
        }
        if (length == 1 && buf.getByte(index) == '0') {
            return 0;
        }
        int end = index + length;
        boolean negative = buf.getByte(index) == '-';
        int i = negative ? index + 1 : index;
        if (i == end || buf.getByte(i) < '1' || buf.getByte(i) > '9') {
            throw new NumberFormatException();
        }
        // Accumulated as a negative number so that Long.MIN_VALUE fits.
        long value = 0;
        for (; i < end; i++) {
            int digit = buf.getByte(i) - '0';
            if (digit < 0 || digit > 9 || value < (Long.MIN_VALUE + digit) / 10) {
                throw new NumberFormatException();
            }
            value = value * 10 - digit;
        }
        if (negative) {
            return value;
        }
        if (value == Long.MIN_VALUE) {
            throw new NumberFormatException();
        }
        return -value;
    }

    /** How many bytes {@link #write} produces for {@code value}. */
    static int length(long value) {
        if (value == Long.MIN_VALUE) {
            return MIN_VALUE_TEXT.length;
        }
        int length = value < 0 ? 2 : 1;
        for (long rest = Math.abs(value); rest >= 10; rest /= 10) {
            length++;
        }
        return length;
    }

    /** Writes {@code value} in ASCII decimal at the writer index. */
    static void write(long value, ByteBuf out) {
        if (value == Long.MIN_VALUE) {
            out.writeBytes(MIN_VALUE_TEXT);
            return;
        }
        int length = length(value);
        out.ensureWritable(length);
        int start = out.writerIndex();
        int i = start + length;
        long rest = Math.abs(value);
        do {
            out.setByte(--i, (int) ('0' + rest % 10));
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            out.setByte(start, '-');
        }
        out.writerIndex(start + length);
    }
}
