package com.replicationlab.script;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "did you mean 'drop'?": the closest known word, if it is close enough to be a typo. */
final class Suggestions {
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    static Optional<String> closest(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean typo = bestDistance <= MAX_DISTANCE && bestDistance < Math.max(lower.length(), 2);
        return typo ? Optional.of(best) : Optional.empty();
    }

    /** " — did you mean 'x'?" or nothing. */
    static String hint(String word, Collection<String> known) {
        return closest(word, known).map(s -> " — did you mean '" + s + "'?").orElse("");
    }

    /** Levenshtein distance, bounded: words longer than a line of a script are not compared. */
    private static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
