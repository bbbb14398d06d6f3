package com.replicationlab.store.commands.keys;

/**
 * Redis's glob matching (stringmatchlen, case-sensitive), byte for byte: {@code *} any run of bytes,
 * {@code ?} one byte, {@code [abc]} {@code [^abc]} {@code [a-z]} a class (an unclosed class ends at the
 * pattern's end; reversed ranges are allowed), and {@code \} escaping the next byte. Bytes compare as
 * signed, like C's char on x86, which only matters in ranges.
 */
final class GlobPattern {
    private final byte[] pattern;

    GlobPattern(byte[] pattern) {
        this.pattern = pattern;
    }

    boolean matches(byte[] text) {
        return matchFrom(0, text, 0, new boolean[1]);
    }

    /**
     * @param gaveUp set once a {@code *} found no match for the rest of the pattern anywhere in the
     *               rest of the text; earlier stars then cannot help either (Redis stops the same way)
     */
    private boolean matchFrom(int p, byte[] text, int t, boolean[] gaveUp) {
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
                        if (matchFrom(p + 1, text, t, gaveUp)) {
                            return true;
                        }
                        if (gaveUp[0]) {
                            return false;
                        }
                    }
                    gaveUp[0] = true;
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
                    if (pattern[p] != text[t]) {
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
                int low = Math.min(pattern[p], pattern[p + 2]);
                int high = Math.max(pattern[p], pattern[p + 2]);
                match |= c >= low && c <= high;
                p += 2;
            } else {
                match |= pattern[p] == c;
            }
            p++;
        }
        return match != negated ? p : -1;
    }
}
