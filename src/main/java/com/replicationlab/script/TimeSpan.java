package com.replicationlab.script;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A span of virtual time as a script writes it: {@code 500ms}, {@code 2s}, {@code 1.5s}. The
 * literal is kept so that the action prints back exactly as it was written.
 */
public record TimeSpan(long ms, String literal) {
    /** Longer spans are almost certainly a typo, and would run for a long while. */
    public static final long MAX_MS = 24L * 3_600_000;

    public static TimeSpan ofMs(long ms) {
        return new TimeSpan(ms, ms + "ms");
    }

    /** Parses a literal; the message of the exception says what is wrong, in plain words. */
    static TimeSpan parse(String literal) {
        String lower = literal.toLowerCase(Locale.ROOT);
        boolean millis = lower.endsWith("ms");
        boolean seconds = !millis && lower.endsWith("s");
        if (!millis && !seconds) {
            throw new IllegalArgumentException("'" + literal + "' is not a duration (write e.g. 500ms or 2s)");
        }
        String number = lower.substring(0, lower.length() - (millis ? 2 : 1));
        if (!number.matches("\\d{1,12}(\\.\\d{1,3})?")) {
            throw new IllegalArgumentException("'" + literal + "' is not a duration (write e.g. 500ms or 2s)");
        }
        BigDecimal ms = new BigDecimal(number).multiply(BigDecimal.valueOf(millis ? 1 : 1000));
        if (ms.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + literal + "' is not a whole number of milliseconds");
        }
        if (ms.compareTo(BigDecimal.valueOf(MAX_MS)) > 0) {
            throw new IllegalArgumentException("'" + literal + "' is longer than 24 hours");
        }
        return new TimeSpan(ms.longValueExact(), literal);
    }

    @Override
    public String toString() {
        return literal;
    }
}
