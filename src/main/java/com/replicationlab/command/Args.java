package com.replicationlab.command;

import java.nio.charset.StandardCharsets;

/** Strict argument parsing, with Redis's rules and error replies. */
public final class Args {
    private Args() {
    }

    /**
     * Parses a canonical signed 64-bit decimal (Redis's string2ll): no spaces, no plus sign, no
     * leading zeros, at most 20 characters.
     *
     * @throws CommandException with {@link Errors#NOT_INTEGER} otherwise
     */
    public static long parseLong(byte[] bytes) {
        Long value = tryParseLong(bytes);
        if (value == null) {
            throw new CommandException(Errors.NOT_INTEGER);
        }
        return value;
    }

    /** As {@link #parseLong} but returns null instead of throwing. */
    public static Long tryParseLong(byte[] b) {
        int len = b.length;
        if (len == 0 || len > 20) {
            return null;
        }
        if (len == 1 && b[0] == '0') {
            return 0L;
        }
        int i = 0;
        boolean negative = b[0] == '-';
        if (negative) {
            i++;
            if (len == 1) {
                return null;
            }
        }
        if (b[i] < '1' || b[i] > '9') {
            return null;
        }
        long value = 0;
        for (; i < len; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            // Accumulate negatively so Long.MIN_VALUE is representable.
            if (value < (Long.MIN_VALUE + digit) / 10) {
                return null;
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return null;
            }
            value = -value;
        }
        return value;
    }

    /** Parses an integer that must fit in a Java int, with the same rules. */
    public static int parseInt(byte[] bytes) {
        long value = parseLong(bytes);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new CommandException(Errors.NOT_INTEGER);
        }
        return (int) value;
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Case-insensitive ASCII comparison of an argument with a keyword. */
    public static boolean is(byte[] arg, String keyword) {
        if (arg.length != keyword.length()) {
            return false;
        }
        for (int i = 0; i < arg.length; i++) {
            if (Character.toLowerCase((char) (arg[i] & 0xff)) != Character.toLowerCase(keyword.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] bytes(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }
}
