package com.replicationlab.script;

import java.util.List;

/**
 * An outcome's detail as a message key and its arguments, for a front end that speaks a language
 * other than the script's English (the window in Chinese). The English detail stays the outcome's
 * text for scripts, the command line and tests.
 */
public record Wording(String key, List<String> args) {

    public Wording(String key, String... args) {
        this(key, List.of(args));
    }
}
