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
     * Parses the bytes [index, index + length) of {@code buf}; see {@link #parse(byte[], int, int)}.
     *
     * @throws NumberFormatException when they are not a valid number
     */
    static long parse(ByteBuf buf, int index, int length) {
        if (length == 0 || length > MAX_TEXT_LENGTH) {
            throw new NumberFormatException();
        }
        byte[] text = new byte[length];
        buf.getBytes(index, text);
        return parse(text, 0, length);
    }

    /**
     * Parses the bytes [offset, offset + length) with Redis's string2ll rules: an optional '-', no
     * '+', no spaces, no leading zeros ("0" alone is fine, "-0" is not), no overflow. A text longer
     * than any valid number is refused before a byte of it is read.
     *
     * @throws NumberFormatException otherwise; callers turn it into their own protocol error
     */
    static long parse(byte[] text, int offset, int length) {
        if (length <= 0 || length > MAX_TEXT_LENGTH) {
            throw new NumberFormatException();
        }
        if (length == 1 && text[offset] == '0') {
            return 0;
        }
        int end = offset + length;
        boolean negative = text[offset] == '-';
        int i = negative ? offset + 1 : offset;
        if (i == end || text[i] < '1' || text[i] > '9') {
            throw new NumberFormatException();
        }
        // Accumulated as a negative number so that Long.MIN_VALUE fits.
        long value = 0;
        for (; i < end; i++) {
            int digit = text[i] - '0';
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

    /**
     * Writes {@code value} in ASCII decimal into {@code out} at {@code at}, which must have room
     * for {@link #length} bytes; returns the index after the last digit.
     */
    static int write(long value, byte[] out, int at) {
        if (value == Long.MIN_VALUE) {
            System.arraycopy(MIN_VALUE_TEXT, 0, out, at, MIN_VALUE_TEXT.length);
            return at + MIN_VALUE_TEXT.length;
        }
        int end = at + length(value);
        int i = end;
        long rest = Math.abs(value);
        do {
            out[--i] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            out[at] = '-';
        }
        return end;
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
