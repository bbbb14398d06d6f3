package com.replicationlab.store.commands.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A number in the x87 80-bit extended format, the C "long double" that Redis uses for INCRBYFLOAT on
 * x86-64: a 64-bit significand, and exponents from the subnormal 2^-16445 up to about 1.19e4932.
 * Emulated exactly with BigDecimal, so sums round as the hardware rounds (to nearest, ties to even)
 * and the text is the one Redis makes with glibc's "%.17Lf". A double would give different digits
 * (10.5 + 0.1 is "10.6" in Redis, "10.59999999999999964" in double precision), and those digits
 * are replicated.
 */
final class LongDouble {
    static final LongDouble ZERO = new LongDouble(BigDecimal.ZERO);
    /** An infinity or NaN: Redis refuses to store either, so which one does not matter. */
    static final LongDouble NOT_FINITE = new LongDouble(null);

    private static final int SIGNIFICAND_BITS = 64;
    /** Weight (power of two) of the last significand bit of the smallest, subnormal, numbers. */
    private static final int MIN_EXPONENT = -16445;
    /** Weight of the last significand bit of the largest finite numbers. */
    private static final int MAX_EXPONENT = 16320;
    private static final double LOG2_10 = Math.log(10) / Math.log(2);
    private static final int PRINTED_DECIMALS = 17;

    /** The exact value; null when not finite. */
    private final BigDecimal value;

    private LongDouble(BigDecimal value) {
        this.value = value;
    }

    /** The long double nearest to {@code exact} (ties to even); NOT_FINITE when it is too large. */
    static LongDouble nearest(BigDecimal exact) {
        if (exact.signum() == 0) {
            return ZERO;
        }
        BigDecimal magnitude = exact.abs();
        int exponent = Math.max(floorLog2(magnitude) - (SIGNIFICAND_BITS - 1), MIN_EXPONENT);
        if (exponent > MAX_EXPONENT) {
            return NOT_FINITE;
        }
        BigInteger significand = magnitude.multiply(powerOfTwo(-exponent))
                .setScale(0, RoundingMode.HALF_EVEN)
                .toBigIntegerExact();
        if (significand.bitLength() > SIGNIFICAND_BITS) {
            // Rounded up to 2^64: the same number is 2^63 with the next exponent.
            significand = significand.shiftRight(1);
            exponent++;
            if (exponent > MAX_EXPONENT) {
                return NOT_FINITE;
            }
        }
        BigDecimal rounded = new BigDecimal(significand).multiply(powerOfTwo(exponent));
        return new LongDouble(exact.signum() < 0 ? rounded.negate() : rounded);
    }

    boolean isFinite() {
        return value != null;
    }

    boolean isZero() {
        return value != null && value.signum() == 0;
    }

    /** The rounded sum, as the FPU computes it; NOT_FINITE if either is, or on overflow. */
    LongDouble plus(LongDouble other) {
        if (!isFinite() || !other.isFinite()) {
            return NOT_FINITE;
        }
        return nearest(value.add(other.value));
    }

    /**
     * Redis's human-friendly text (ld2string, LD_STR_HUMAN): 17 decimals, then trailing zeros and a
     * trailing point removed, and "-0" written as "0".
     */
    String toHumanString() {
        if (!isFinite()) {
            throw new IllegalStateException("Redis never prints a stored infinity or NaN");
        }
        String text = value.setScale(PRINTED_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        text = text.substring(0, end);
        return text.equals("-0") ? "0" : text;
    }

    /** 2^k exactly, for any k (2^-k is 5^k / 10^k). */
    static BigDecimal powerOfTwo(int k) {
        return k >= 0
                ? new BigDecimal(BigInteger.ONE.shiftLeft(k))
                : new BigDecimal(BigInteger.valueOf(5).pow(-k), -k);
    }

    /** floor(log2(x)) for x > 0. */
    private static int floorLog2(BigDecimal x) {
        int estimate = (int) Math.floor(x.unscaledValue().bitLength() - 1 - x.scale() * LOG2_10);
        while (powerOfTwo(estimate).compareTo(x) > 0) {
            estimate--;
        }
        while (powerOfTwo(estimate + 1).compareTo(x) <= 0) {
            estimate++;
        }
        return estimate;
    }
}
