package com.replicationlab.lab;

import java.util.List;

/**
 * Words as a message key and its arguments, for a front end that speaks a language other than
 * the lab's English (the window in Chinese): an action's outcome, a trace record, the next event.
 * The English text stays what scripts, the command line and tests read; the arguments are data
 * (node names, packet numbers, commands), the same in every language.
 */
public record Wording(String key, List<String> args) {

    public Wording(String key, String... args) {
        this(key, List.of(args));
    }
}
