package com.replicationlab.lab;

import java.util.function.Supplier;

/**
 * What a trace record or a pending event says: its English text (the trace's, byte for byte) and,
 * where a window in another language should say it in its own words, the same as a
 * {@link Wording}. A text that is data — a command as typed, a node's own log line — has no
 * wording and is shown as it is.
 *
 * <p>Both are made each time they are asked for, from what they say: most records are never
 * read (a headless run, a served lab), and making their texts up front was a large part of the
 * lab's work. Only the window asks for a wording, for the few lines it shows.
 */
interface Words {

    String text();

    /** The words as a message key and arguments, or null when the text is data, shown as it is. */
    Wording wording();

    /** A text that is data: the same in every language. */
    static Words data(String text) {
        return data(() -> text);
    }

    /** A text that is data, made only if somebody reads it. */
    static Words data(Supplier<String> text) {
        return new Words() {
            @Override
            public String text() {
                return text.get();
            }

            @Override
            public Wording wording() {
                return null;
            }
        };
    }

    /** An English text and the same as a message key and arguments. */
    static Words worded(String text, String key, String... args) {
        return new Words() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public Wording wording() {
                return new Wording(key, args);
            }
        };
    }
}
