package com.replicationlab.script;

import com.replicationlab.lab.Lab;

import java.util.function.Consumer;

/**
 * Writes a session's trace as it happens, in the trace's stable text form. The session puts its
 * own actions and expectation results into the trace, so one listing tells the whole run; the
 * same run prints the same text, byte for byte.
 */
public final class TracePrinter implements SessionListener {
    private final Consumer<String> out;

    public TracePrinter(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void labStarted(Lab started) {
        started.trace().records().forEach(record -> out.accept(record.format()));
        started.trace().addListener(record -> out.accept(record.format()));
    }
}
