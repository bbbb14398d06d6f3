package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;

import java.util.function.Consumer;

/**
 * Writes a session's trace as it happens, in the trace's stable text form, with the script's own
 * actions and expectation results in between (as {@code action} and {@code expect} lines), so one
 * listing tells the whole run. The same run prints the same text, byte for byte.
 */
public final class TracePrinter implements SessionListener {
    private static final String SOURCE = "script";

    private final Consumer<String> out;
    private Lab lab;

    public TracePrinter(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void labStarted(Lab started) {
        lab = started;
        started.trace().records().forEach(record -> out.accept(record.format()));
        started.trace().addListener(record -> out.accept(record.format()));
    }

    @Override
    public void actionStarting(Action action) {
        print(TraceKind.ACTION, action.text());
    }

    @Override
    public void actionFinished(Action action, Outcome outcome) {
        String detail = outcome.detail().isEmpty() ? "" : " — " + outcome.detail();
        if (action.isCheck()) {
            print(TraceKind.EXPECT, (outcome.failed() ? "FAILED " : "passed ") + action.text() + detail);
        } else if (outcome.failed()) {
            print(TraceKind.ACTION, "FAILED " + action.text() + detail);
        }
    }

    private void print(TraceKind kind, String text) {
        long timeMs = lab == null ? 0 : lab.elapsedMs();
        out.accept(new TraceRecord(-1, timeMs, kind, SOURCE, text, 0).format());
    }
}
