package com.replicationlab.store.commands.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a long double as Redis's string2ld does with glibc's strtold: decimal ("1.5", ".5", "5.",
 * "1e-3") or hexadecimal ("0x1.8p3") notation with an optional sign, or "inf"/"infinity". The whole
 * text must be the number (no spaces). NaN, and finite numbers too large or too small to be anything
 * but infinity or zero, are refused.
 */
final class LongDoubleParser {
    /** Redis copies the text into a buffer of this size; longer text is refused. */
    private static final int MAX_CHARS = 5 * 1024;
    private static final Pattern DECIMAL = Pattern.compile("([0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE]([+-]?[0-9]+))?");
    private static final Pattern HEX =
            Pattern.compile("0[xX]([0-9a-fA-F]+)?(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?");
    /** Exponents beyond these put any non-zero number far outside the long double range. */
    private static final int DECIMAL_DIGITS_MAX = 4934;
    private static final int DECIMAL_DIGITS_MIN = -4952;
    private static final int BINARY_DIGITS_MAX = 16385;
    private static final int BINARY_DIGITS_MIN = -16447;
    private static final int EXPONENT_CLAMP = 1_000_000;

    private LongDoubleParser() {
    }

    /** The number, or null if Redis would say "value is not a valid float". */
    static LongDouble parse(byte[] bytes) {
        if (bytes.length == 0 || bytes.length >= MAX_CHARS) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        boolean negative = text.charAt(0) == '-';
        String unsigned = negative || text.charAt(0) == '+' ? text.substring(1) : text;
        if (unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity")) {
            return LongDouble.NOT_FINITE;
        }
        BigDecimal exact = exactValue(unsigned);
        if (exact == null) {
            return null;
        }
        LongDouble result = LongDouble.nearest(negative ? exact.negate() : exact);
        boolean underflow = exact.signum() != 0 && result.isZero();
        return underflow || !result.isFinite() ? null : result;
    }

    /**
     * The exact value written, or null if it is not a number or a non-zero number certainly outside
     * the range (strtold's ERANGE, which Redis refuses for both overflow and underflow to zero).
     */
    private static BigDecimal exactValue(String text) {
        Matcher hex = HEX.matcher(text);
        if (hex.matches() && (hex.group(1) != null || !isEmpty(hex.group(2)))) {
            return hexValue(hex);
        }
        Matcher decimal = DECIMAL.matcher(text);
        return decimal.matches() ? decimalValue(decimal) : null;
    }

    private static BigDecimal decimalValue(Matcher decimal) {
        BigDecimal digits = new BigDecimal(decimal.group(1));
        if (digits.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int exponent = clampedExponent(decimal.group(2));
        long magnitude = (long) digits.precision() - digits.scale() + exponent;
        if (magnitude > DECIMAL_DIGITS_MAX || magnitude < DECIMAL_DIGITS_MIN) {
            return null;
        }
        return digits.scaleByPowerOfTen(exponent);
    }

    private static BigDecimal hexValue(Matcher hex) {
        String whole = hex.group(1) == null ? "" : hex.group(1);
        String fraction = hex.group(2) == null ? "" : hex.group(2);
        BigInteger digits = new BigInteger(whole + fraction, 16);
        if (digits.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long exponent = (long) clampedExponent(hex.group(3)) - 4L * fraction.length();
        long magnitude = digits.bitLength() + exponent;
        if (magnitude > BINARY_DIGITS_MAX || magnitude < BINARY_DIGITS_MIN) {
            return null;
        }
        return new BigDecimal(digits).multiply(LongDouble.powerOfTwo((int) exponent));
    }

    /** The exponent written, limited to a range far beyond the long double's (its sign is what counts). */
    private static int clampedExponent(String text) {
        if (text == null) {
            return 0;
        }
        boolean negative = text.startsWith("-");
        String digits = text.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        int value = digits.length() > 7 ? EXPONENT_CLAMP : Math.min(Integer.parseInt(digits), EXPONENT_CLAMP);
        return negative ? -value : value;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
