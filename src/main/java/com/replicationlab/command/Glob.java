package com.replicationlab.command;

import java.nio.charset.StandardCharsets;

/**
 * Redis's glob matching (stringmatchlen), byte for byte, for KEYS and CONFIG GET: {@code *} any run
 * of bytes, {@code ?} one byte, {@code [abc]} {@code [^abc]} {@code [a-z]} a class (an unclosed class
 * ends at the pattern's end; reversed ranges are allowed), and {@code \} escaping the next byte.
 * Bytes compare as signed, like C's char on x86, which only matters in ranges. Ignoring case folds
 * ASCII letters only (Redis runs in the C locale); inside a class an escaped byte still compares
 * exactly, and a range's ends are put in order before they are folded, so {@code [Z-a]} folds to
 * the empty range z..a — all as Redis does.
 */
public final class Glob {
    /** Redis gives up on a match nested deeper than this in stars, so a hostile pattern cannot exhaust the stack. */
    private static final int MAX_NESTING = 1000;

    private final byte[] pattern;
    private final byte[] text;
    private final boolean ignoreCase;
    /**
     * Set once a {@code *} found no match for the rest of the pattern anywhere in the rest of the
     * text; earlier stars then cannot help either (Redis stops the same way).
     */
    private boolean gaveUp;

    private Glob(byte[] pattern, byte[] text, boolean ignoreCase) {
        this.pattern = pattern;
        this.text = text;
        this.ignoreCase = ignoreCase;
    }

    public static boolean matches(byte[] pattern, byte[] text, boolean ignoreCase) {
        return new Glob(pattern, text, ignoreCase).matchFrom(0, 0, 0);
    }

    public static boolean matches(String pattern, String text, boolean ignoreCase) {
        return matches(pattern.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8), ignoreCase);
    }

    private boolean matchFrom(int p, int t, int nesting) {
        if (nesting > MAX_NESTING) {
            return false;
        }
        while (p < pattern.length && t < text.length) {
            switch (pattern[p]) {
                case '*' -> {
                    while (p + 1 < pattern.length && pattern[p + 1] == '*') {
                        p++;
                    }
                    if (p + 1 == pattern.length) {
                        return true;
                    }
                    for (; t < text.length; t++) {
                        if (matchFrom(p + 1, t, nesting + 1)) {
                            return true;
                        }
                        if (gaveUp) {
                            return false;
                        }
                    }
                    gaveUp = true;
                    return false;
                }
                case '?' -> t++;
                case '[' -> {
                    p = endOfClass(p, text[t]);
                    if (p < 0) {
                        return false;
                    }
                    t++;
                }
                default -> {
                    if (pattern[p] == '\\' && pattern.length - p >= 2) {
                        p++;
                    }
                    if (!same(pattern[p], text[t])) {
                        return false;
                    }
                    t++;
                }
            }
            p++;
            if (t == text.length) {
                while (p < pattern.length && pattern[p] == '*') {
                    p++;
                }
            }
        }
        return p == pattern.length && t == text.length;
    }

    /**
     * Matches one byte against the class opening at {@code open}; returns the index of the class's
     * last pattern byte, or -1 if the byte is not in the class.
     */
    private int endOfClass(int open, byte c) {
        int p = open + 1;
        boolean negated = p < pattern.length && pattern[p] == '^';
        if (negated) {
            p++;
        }
        boolean match = false;
        while (true) {
            if (p >= pattern.length) {
                p--; // unclosed: the class runs to the end of the pattern
                break;
            } else if (pattern[p] == '\\' && pattern.length - p >= 2) {
                p++;
                match |= pattern[p] == c;
            } else if (pattern[p] == ']') {
                break;
            } else if (pattern.length - p >= 3 && pattern[p + 1] == '-') {
                match |= inRange(pattern[p], pattern[p + 2], c);
                p += 2;
            } else {
                match |= same(pattern[p], c);
            }
            p++;
        }
        return match != negated ? p : -1;
    }

    private boolean inRange(byte from, byte to, byte c) {
        int low = fold(Math.min(from, to));
        int high = fold(Math.max(from, to));
        int x = fold(c);
        return x >= low && x <= high;
    }

    private boolean same(byte a, byte b) {
        return fold(a) == fold(b);
    }

    private int fold(int c) {
        return ignoreCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
