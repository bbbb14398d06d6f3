package com.replicationlab.script;

import java.util.List;

/** The small literals of the language — time spans, percentages, counts, packet numbers — read from one word. */
final class Literals {
    static final List<String> RECOVERY_MODES = List.of("resend", "reconnect");

    private Literals() {
    }

    static TimeSpan span(Token word, LineCursor cursor) throws ScriptException {
        try {
            return TimeSpan.parse(word.text());
        } catch (IllegalArgumentException e) {
            throw cursor.error(word, e.getMessage());
        }
    }

    /** {@code 30%}: a whole percentage from 0 to 100. */
    static int percent(Token word, LineCursor cursor) throws ScriptException {
        String text = word.text();
        if (!text.matches("\\d{1,3}%") || Integer.parseInt(text.substring(0, text.length() - 1)) > 100) {
            throw cursor.error(word, "'" + text + "' is not a percentage (write e.g. 30%, from 0% to 100%)");
        }
        return Integer.parseInt(text.substring(0, text.length() - 1));
    }

    /** A whole number from 1 to {@code max}, or the error {@code otherwise}. */
    static long positive(Token word, long max, LineCursor cursor, String otherwise) throws ScriptException {
        String text = word.text();
        if (!text.matches("\\d{1,18}") || Long.parseLong(text) < 1 || Long.parseLong(text) > max) {
            throw cursor.error(word, otherwise);
        }
        return Long.parseLong(text);
    }

    static String recoveryMode(Token word, LineCursor cursor) throws ScriptException {
        if (!RECOVERY_MODES.contains(word.text())) {
            throw cursor.error(word, "recovery is resend or reconnect, not '" + word.text() + "'"
                    + Suggestions.hint(word.text(), RECOVERY_MODES));
        }
        return word.text();
    }
}
