package com.replicationlab.script;

import com.replicationlab.lab.Wording;

import java.util.ArrayList;
import java.util.List;

/**
 * Part of an outcome's detail, such as "replica-1.offset is 248": its English, as the trace and the
 * scripts read it, and the same as a wording, for a window in another language. Field names,
 * values and replies are arguments: data, the same in every language.
 */
record Phrase(String text, Wording wording) {

    static Phrase of(String text, String key, Object... args) {
        return new Phrase(text, new Wording(key, args));
    }

    /**
     * "a, b, c": the phrases one after another. Worded as pairs ("list": {0}, {1}), the second of
     * each pair the rest of the list, so that each language puts its own comma between them.
     */
    static Phrase list(List<Phrase> phrases) {
        List<String> texts = new ArrayList<>();
        phrases.forEach(phrase -> texts.add(phrase.text()));
        Wording wording = phrases.get(phrases.size() - 1).wording();
        for (int i = phrases.size() - 2; i >= 0; i--) {
            wording = new Wording("list", phrases.get(i).wording(), wording);
        }
        return new Phrase(String.join(", ", texts), wording);
    }
}
