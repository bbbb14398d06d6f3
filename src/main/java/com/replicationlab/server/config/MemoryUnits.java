package com.replicationlab.server.config;

import java.util.Locale;

/** Redis's memory notation (memtoull): plain bytes, or k/kb/m/mb/g/gb, case-insensitive. */
public final class MemoryUnits {
    private MemoryUnits() {
    }

    public static long parse(String text) throws ConfigException {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        int digits = 0;
        while (digits < lower.length() && (Character.isDigit(lower.charAt(digits)) || (digits == 0 && lower.charAt(0) == '-'))) {
            digits++;
        }
        long multiplier = switch (lower.substring(digits)) {
            case "", "b" -> 1L;
            case "k" -> 1000L;
            case "kb" -> 1024L;
            case "m" -> 1000L * 1000;
            case "mb" -> 1024L * 1024;
            case "g" -> 1000L * 1000 * 1000;
            case "gb" -> 1024L * 1024 * 1024;
            default -> throw new ConfigException("argument must be a memory value");
        };
        try {
            return Math.multiplyExact(Long.parseLong(lower.substring(0, digits)), multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConfigException("argument must be a memory value");
        }
    }
}
