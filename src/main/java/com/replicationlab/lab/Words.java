package com.replicationlab.lab;

import java.util.function.Supplier;

/**
 * What a trace record or a pending event says: its English text (the trace's, byte for byte) and,
 * where a window in another language should say it in its own words, the same as a
 * {@link Wording}. A text that is data — a command as typed, a node's own log line — has no
 * wording and is shown as it is.
 *
 * <p>A text that needs work (a packet's label) is made each time it is asked for, from what it
 * says: most records are never read (a headless run, a served lab), and making their texts up
 * front was a large part of the lab's work.
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
        return worded(text, new Wording(key, (Object[]) args));
    }

    /** An English text and the same as a wording. */
    static Words worded(String text, Wording wording) {
        return new Words() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public Wording wording() {
                return wording;
            }
        };
    }
}
