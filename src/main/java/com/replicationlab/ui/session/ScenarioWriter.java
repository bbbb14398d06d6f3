package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.script.Cluster;

import java.util.List;

/**
 * Writes a session as a scenario file: the cluster line, then each action preceded by the time
 * that passed before it. Time that passed with the clock settled becomes {@code advance}; time
 * that was stepped (the clock left at an event whose neighbours at the same instant had not run)
 * becomes {@code step N}, which stops at exactly the same event.
 */
final class ScenarioWriter {
    private final ClusterSpec spec;

    ScenarioWriter(ClusterSpec spec) {
        this.spec = spec;
    }

    /** {@code end} is where the lab is now (its action is null). */
    String write(List<JournalEntry> journal, JournalEntry end) {
        StringBuilder out = new StringBuilder("# Replication Lab scenario, saved from the window\n");
        out.append(Cluster.of(spec).text()).append('\n');
        long events = 0;
        long timeMs = 0;
        for (JournalEntry entry : journal) {
            passage(out, events, timeMs, entry);
            out.append(entry.action().text()).append('\n');
            events = entry.eventsAfter();
            timeMs = entry.timeAfterMs();
        }
        passage(out, events, timeMs, end);
        return out.toString();
    }


    private static void passage(StringBuilder out, long events, long timeMs, JournalEntry next) {
        if (next.settled()) {
            if (next.timeMs() > timeMs || next.eventsRun() > events) {
                out.append("advance ").append(next.timeMs() - timeMs).append("ms\n");
            }
        } else if (next.eventsRun() > events) {
            long steps = next.eventsRun() - events;
            out.append(steps == 1 ? "step" : "step " + steps).append('\n');
        }
    }
}
