package com.replicationlab.ui.session;

import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;

import java.util.List;

/**
 * What the lab thread hands the window in one go: the newest snapshot, the trace records made
 * since the last update, and the action journal when it changed.
 *
 * @param traceRestarted the lab was replaced (reset, step back): {@code records} starts its trace anew
 * @param journal the whole journal, or null when it did not change
 */
public record LabUpdate(LabSnapshot snapshot, List<TraceRecord> records, boolean traceRestarted,
                        List<JournalEntry> journal) {
}
