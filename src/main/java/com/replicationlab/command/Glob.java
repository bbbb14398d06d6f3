package com.replicationlab.command;

/** Redis's glob matching (stringmatchlen): {@code * ? [abc] [^a] [a-z]} and backslash escapes. */
public final class Glob {
    private Glob() {
    }

    public static boolean matches(String pattern, String text, boolean ignoreCase) {
        return matches(pattern.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0,
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, ignoreCase, 0);
    }

    public static boolean matches(byte[] pattern, byte[] text, boolean ignoreCase) {
        return matches(pattern, 0, text, 0, ignoreCase, 0);
    }

    /** Nesting of '*' is bounded, as in Redis, so a hostile pattern cannot blow the stack. */
    private static boolean matches(byte[] p, int pi, byte[] s, int si, boolean nocase, int depth) {
        if (depth > 1000) {
            return false;
        }
        while (pi < p.length) {
            switch (p[pi]) {
                case '*' -> {
                    while (pi + 1 < p.length && p[pi + 1] == '*') {
                        pi++;
                    }
                    if (pi + 1 == p.length) {
                        return true;
                    }
                    for (int start = si; start <= s.length; start++) {
                        if (matches(p, pi + 1, s, start, nocase, depth + 1)) {
                            return true;
                        }
                    }
                    return false;
                }
                case '?' -> {
                    if (si >= s.length) {
                        return false;
                    }
                    si++;
                }
                case '[' -> {
                    if (si >= s.length) {
                        return false;
                    }
                    int end = classEnd(p, pi + 1);
                    if (!classMatches(p, pi + 1, end, s[si], nocase)) {
                        return false;
                    }
                    si++;
                    pi = end;
                }
                case '\\' -> {
                    if (pi + 1 < p.length) {
                        pi++;
                    }
                    if (si >= s.length || !same(p[pi], s[si], nocase)) {
                        return false;
                    }
                    si++;
                }
                default -> {
                    if (si >= s.length || !same(p[pi], s[si], nocase)) {
                        return false;
                    }
                    si++;
                }
            }
            pi++;
        }
        return si == s.length;
    }

    /** Index of the closing ']' (or the last index when unclosed, as Redis treats it). */
    private static int classEnd(byte[] p, int i) {
        if (i < p.length && p[i] == '^') {
            i++;
        }
        while (i < p.length && p[i] != ']') {
            if (p[i] == '\\' && i + 1 < p.length) {
                i++;
            }
            i++;
        }
        return Math.min(i, p.length - 1);
    }

    private static boolean classMatches(byte[] p, int i, int end, byte c, boolean nocase) {
        boolean negate = i < end && p[i] == '^';
        if (negate) {
            i++;
        }
        boolean match = false;
        while (i < end) {
            if (p[i] == '\\' && i + 1 < end) {
                i++;
                match |= same(p[i], c, nocase);
            } else if (i + 2 < end && p[i + 1] == '-') {
                int lo = fold(p[i], nocase);
                int hi = fold(p[i + 2], nocase);
                if (lo > hi) {
                    int t = lo;
                    lo = hi;
                    hi = t;
                }
                int x = fold(c, nocase);
                match |= x >= lo && x <= hi;
                i += 2;
            } else {
                match |= same(p[i], c, nocase);
            }
            i++;
        }
        return negate != match;
    }

    private static boolean same(byte a, byte b, boolean nocase) {
        return fold(a, nocase) == fold(b, nocase);
    }

    private static int fold(byte b, boolean nocase) {
        int c = b & 0xff;
        return nocase ? Character.toLowerCase(c) : c;
    }
}
