package com.replicationlab.ui.session;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.PacketView;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Carries what the lab thread produces to the window. Trace records gather here between snapshots;
 * each snapshot sends them on together through the UI executor. Updates coalesce: however fast the
 * lab publishes, at most one delivery waits at a time, and it carries the newest snapshot.
 */
public final class LabFeed {
    private final Executor ui;
    private final Consumer<LabUpdate> sink;
    private final int traceCapacity;

    // Shared between the lab thread and the UI thread: guarded by this.
    private final ArrayDeque<TraceRecord> records = new ArrayDeque<>();
    private final Map<Long, PacketView> packetsSeen = new LinkedHashMap<>();
    private final List<Runnable> afterDelivery = new ArrayList<>();
    private LabSnapshot snapshot;
    private boolean traceRestarted;
    private List<JournalEntry> journal;
    private boolean deliveryPending;

    /** The session's journal if it changed since the last snapshot (lab thread only): copied once per snapshot. */
    private List<JournalEntry> changedJournal;

    /** Keeps at most {@code traceCapacity} undelivered records (the oldest go first). */
    public LabFeed(Executor ui, Consumer<LabUpdate> sink, int traceCapacity) {
        this.ui = ui;
        this.sink = sink;
        this.traceCapacity = traceCapacity;
    }

    /** Follows a new lab: its trace so far replaces the old one, and its records flow from now on. */
    void follow(Lab lab, List<JournalEntry> journalNow) {
        List<TraceRecord> existing = lab.trace().records();
        changedJournal = null;
        synchronized (this) {
            records.clear();
            packetsSeen.clear();
            existing.subList(Math.max(0, existing.size() - traceCapacity), existing.size()).forEach(records::addLast);
            traceRestarted = true;
            journal = List.copyOf(journalNow);
        }
        lab.trace().addListener(this::record);
    }

    private synchronized void record(TraceRecord record) {
        if (records.size() == traceCapacity) {
            records.pollFirst();
        }
        records.addLast(record);
    }

    /**
     * The journal changed (lab thread): the next snapshot carries a copy. One copy per snapshot, not
     * per action, or a long run of actions (a scenario, a benchmark) would copy a growing journal
     * once for each.
     */
    void journalChanged(List<JournalEntry> journalNow) {
        changedJournal = journalNow;
    }

    /**
     * Completes {@code future} with {@code outcome} on the UI thread, just after the next update
     * (the one showing the action's effect) has been handed over.
     */
    public synchronized <T> void completeAfterNextUpdate(CompletableFuture<T> future, T outcome) {
        afterDelivery.add(() -> future.complete(outcome));
    }

    /** A new snapshot (lab thread): sends it, with what gathered, to the window. */
    public void publish(LabSnapshot latest) {
        List<JournalEntry> journalNow = changedJournal == null ? null : List.copyOf(changedJournal);
        changedJournal = null;
        boolean schedule;
        synchronized (this) {
            if (journalNow != null) {
                journal = journalNow;
            }
            snapshot = latest;
            for (PacketView packet : latest.packets()) {
                if (packetsSeen.size() < traceCapacity || packetsSeen.containsKey(packet.id())) {
                    packetsSeen.put(packet.id(), packet);
                }
            }
            schedule = !deliveryPending;
            deliveryPending = true;
        }
        if (schedule) {
            ui.execute(this::deliver);
        }
    }

    private void deliver() {
        LabUpdate update;
        List<Runnable> completions;
        synchronized (this) {
            completions = List.copyOf(afterDelivery);
            afterDelivery.clear();
            update = new LabUpdate(snapshot, new ArrayList<>(records), traceRestarted, new ArrayList<>(packetsSeen.values()),
                    journal);
            records.clear();
            packetsSeen.clear();
            traceRestarted = false;
            journal = null;
            deliveryPending = false;
        }
        sink.accept(update);
        completions.forEach(Runnable::run);
    }
}
