package com.replicationlab.ui.session;

import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.PacketView;

import java.util.List;

/**
 * What the lab thread hands the window in one go: the newest snapshot, the trace records made
 * since the last update, the packets seen in flight in every snapshot since (a packet may have
 * come and gone between two updates), and the action journal when it changed.
 *
 * @param traceRestarted the lab was replaced (reset, step back): {@code records} starts its trace anew
 * @param journal the whole journal, or null when it did not change
 */
public record LabUpdate(LabSnapshot snapshot, List<TraceRecord> records, boolean traceRestarted,
                        List<PacketView> packetsSeen, List<JournalEntry> journal) {
}
