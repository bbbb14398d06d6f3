package com.replicationlab.lab;

import java.util.List;

/**
 * Words as a message key and its arguments, for a front end that speaks a language other than
 * the lab's English (the window in Chinese): an action's outcome, a trace record, the next event.
 * The English text stays what scripts, the command line and tests read. An argument is data — a
 * String such as a node name, a packet number or a command, the same in every language — or a
 * Wording of its own, worded in turn (a packet's label inside the event that moves the packet).
 */
public record Wording(String key, List<Object> args) {

    public Wording(String key, Object... args) {
        this(key, List.of(args));
    }
}
