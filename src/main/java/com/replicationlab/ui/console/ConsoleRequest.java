package com.replicationlab.ui.console;

import com.replicationlab.ui.session.LabAction;

/** What a console line asks for: an action on the lab, time to run, help, or nothing it can read. */
sealed interface ConsoleRequest {

    /** A line of the action language (a command on a node, or a lab action). */
    record Act(LabAction action) implements ConsoleRequest {
    }

    /** {@code advance 500ms}: let virtual time run. */
    record Advance(long ms) implements ConsoleRequest {
    }

    /** {@code step} or {@code step 5}: run that many events. */
    record Step(int events) implements ConsoleRequest {
    }

    /** {@code help}. */
    record Help() implements ConsoleRequest {
    }

    /** A line that cannot be read, and why (in the console's words, a bundle key and its arguments). */
    record Problem(String key, Object... args) implements ConsoleRequest {
    }
}
