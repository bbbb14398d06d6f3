package com.replicationlab.ui.clients;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.ReplicaView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.backlog.StreamCommand;
import com.replicationlab.ui.backlog.StreamCommands;
import com.replicationlab.ui.heartbeat.AckHistory;
import com.replicationlab.ui.heartbeat.Masters;
import com.replicationlab.ui.heartbeat.TraceReader;
import com.replicationlab.ui.heartbeat.ReplicaHealth;
import com.replicationlab.ui.session.ActionOutcome;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What clients of the lab would notice, newest first: writes refused with NOREPLICAS (and why),
 * WAIT's answers (who acknowledged in time, and when), and writes lost in a failover. It reads the
 * outcomes of the window's actions, the snapshots before and after them, and the trace.
 */
public final class ClientsViewModel {
    static final int MAX_NOTICES = 100;
    private static final int MOMENTS_KEPT = 512;
    private static final Pattern COMMAND = Pattern.compile("^(\\S+)> (.+)$");
    private static final Pattern PROMOTED = Pattern.compile("^(\\S+) promoted to master$");
    private static final Pattern INTEGER = Pattern.compile("(-?\\d+)");
    /** Commands of the stream that are not a client's write. */
    private static final Set<String> NOT_WRITES = Set.of("PING", "SELECT", "REPLCONF");

    /** A snapshot's few facts WAIT needs later: the master's offset and what each replica had acknowledged. */
    private record Moment(long timeMs, String master, long masterOffset, Map<String, Long> acks) {
    }

    private final LabViewModel lab;
    private final TraceReader trace;
    private final ObservableList<ClientNotice> notices = FXCollections.observableArrayList();
    private final ObservableList<ClientNotice> noticesView = FXCollections.unmodifiableObservableList(notices);
    private final Deque<Moment> moments = new ArrayDeque<>();
    /** Each master's offset just after the last command that wrote to it: what WAIT waits for. */
    private final Map<String, Long> lastWriteOffset = new HashMap<>();

    public ClientsViewModel(LabViewModel lab) {
        this.lab = lab;
        this.trace = new TraceReader(lab.trace(), new TraceReader.Reader() {
            @Override
            public void restarted(List<TraceRecord> all) {
                // a new lab (reset, step back): its history is not news
            }

            @Override
            public void added(List<? extends TraceRecord> news) {
                news.forEach(ClientsViewModel.this::happened);
            }
        });
        // Read at once, shown or not, before the snapshot that follows the records: a failover is
        // judged on the snapshot from before it, and a notice is news only when it happens. Cheap:
        // only a fault's words are read.
        lab.trace().addListener((ListChangeListener<TraceRecord>) change -> trace.read());
        lab.snapshotProperty().addListener((obs, old, now) -> snapshotChanged(old, now));
        lab.lastOutcomeProperty().addListener((obs, old, now) -> outcome(now));
        snapshotChanged(null, lab.snapshot());
    }

    /** Newest first. */
    public ObservableList<ClientNotice> notices() {
        return noticesView;
    }

    // ----- the trace: failovers -----

    private void happened(TraceRecord record) {
        if (record.kind() == TraceKind.FAULT) {
            Matcher promoted = PROMOTED.matcher(record.text());
            if (promoted.matches()) {
                // The window still shows the snapshot from before the promotion.
                failover(promoted.group(1), record.timeMs(), lab.snapshot());
            }
        }
    }

    private void failover(String promoted, long atMs, LabSnapshot before) {
        if (before == null) {
            return;
        }
        Optional<NodeView> oldMaster = Masters.current(before, null);
        Optional<NodeView> replica = before.nodes().stream().filter(n -> n.name().equals(promoted)).findFirst();
        if (oldMaster.isEmpty() || replica.isEmpty()) {
            return;
        }
        long from = replica.get().offset();
        long to = oldMaster.get().offset();
        List<StreamCommand> lost = new ArrayList<>();
        boolean held = oldMaster.get().backlog() != null && oldMaster.get().backlog().firstByteOffset() <= from + 1;
        for (StreamCommand command : StreamCommands.of(oldMaster.get().backlog())) {
            String verb = command.label().split(" ", 2)[0].toUpperCase(Locale.ROOT);
            if (command.last() > from && !NOT_WRITES.contains(verb)) {
                lost.add(command);
            }
        }
        add(new ClientNotice.WritesLost(atMs, oldMaster.get().name(), promoted, to, from, lost, held || to <= from));
    }

    // ----- snapshots: the moments WAIT looks back at -----

    private void snapshotChanged(LabSnapshot old, LabSnapshot now) {
        if (now == null) {
            return;
        }
        if (old != null && now.timeMs() < old.timeMs()) {
            // Stepped back or reset: what clients saw after this moment has not happened.
            notices.removeIf(n -> n.atMs() > now.timeMs());
            moments.removeIf(m -> m.timeMs() > now.timeMs());
            lastWriteOffset.clear();
        }
        Masters.current(now, null).ifPresent(master -> {
            Map<String, Long> acked = new HashMap<>();
            master.replicas().forEach(r -> acked.put(r.name(), r.ackOffset()));
            if (moments.size() == MOMENTS_KEPT) {
                moments.removeFirst();
            }
            moments.addLast(new Moment(now.timeMs(), master.name(), master.offset(), acked));
        });
    }

    // ----- outcomes: what a client was told -----

    private void outcome(ActionOutcome outcome) {
        LabSnapshot after = lab.snapshot();
        if (outcome == null || outcome.action() == null || !outcome.accepted() || after == null) {
            return;
        }
        Matcher command = COMMAND.matcher(outcome.action().text());
        if (!command.matches()) {
            return;
        }
        String node = command.group(1);
        String text = command.group(2);
        String verb = text.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        Optional<NodeView> target = after.nodes().stream().filter(n -> n.name().equals(node) && n.up()).findFirst();
        if (target.isEmpty()) {
            return;
        }
        if (outcome.detail().contains("NOREPLICAS")) {
            refused(after, target.get(), text);
        } else if (verb.equals("WAIT")) {
            waited(after, target.get(), text, outcome.detail());
        } else if (!target.get().replica() && wrote(node, target.get().offset())) {
            lastWriteOffset.put(node, target.get().offset());
        }
    }

    private void refused(LabSnapshot after, NodeView master, String command) {
        List<ReplicaHealth> replicas = ReplicaHealth.of(master);
        List<String> attached = replicas.stream().map(ReplicaHealth::name).toList();
        List<String> missing = after.nodes().stream()
                .filter(n -> !n.name().equals(master.name()) && !attached.contains(n.name()))
                .map(NodeView::name).toList();
        int good = (int) replicas.stream().filter(ReplicaHealth::good).count();
        add(new ClientNotice.Refused(after.timeMs(), master.name(), command, master.minReplicasToWrite(),
                master.minReplicasMaxLag(), good, replicas, missing));
    }

    private void waited(LabSnapshot after, NodeView master, String command, String detail) {
        Matcher reply = INTEGER.matcher(detail);
        String[] args = command.split("\\s+");
        if (master.replica() || !reply.find() || args.length < 3 || !args[1].matches("\\d+")) {
            return;
        }
        long start = trace.records().stream().filter(r -> r.kind() == TraceKind.COMMAND && r.node().equals(master.name())
                        && r.text().toUpperCase(Locale.ROOT).startsWith(master.name().toUpperCase(Locale.ROOT) + "> WAIT"))
                .mapToLong(TraceRecord::timeMs).max().orElse(after.timeMs());
        Moment before = momentAtOrBefore(start, master.name());
        long target = lastWriteOffset.getOrDefault(master.name(), before == null ? master.offset() : before.masterOffset());
        // The ACKs since the WAIT began, read from the same trace its start was found in.
        AckHistory acks = new AckHistory();
        trace.records().forEach(acks::consider);
        List<ClientNotice.WaitReplica> replicas = new ArrayList<>();
        for (ReplicaView replica : master.replicas()) {
            boolean already = before != null && before.acks().getOrDefault(replica.name(), -1L) >= target;
            long at = already ? start : acks.since(replica.name(), master.name(), start).stream()
                    .filter(a -> a.atMs() >= start && a.atMs() <= after.timeMs() && a.offset() >= target)
                    .mapToLong(AckHistory.Ack::atMs).findFirst().orElse(-1);
            replicas.add(new ClientNotice.WaitReplica(replica.name(), at, already, replica.ackOffset()));
        }
        add(new ClientNotice.WaitAnswered(after.timeMs(), master.name(), command, Long.parseLong(args[1]),
                Long.parseLong(reply.group(1)), start, target, replicas));
    }

    /**
     * Whether the command just answered moved the master's offset: the outcome comes with the
     * snapshot that shows it, so the moment before that one is from before the command.
     */
    private boolean wrote(String master, long offsetNow) {
        List<Moment> recent = new ArrayList<>(moments);
        if (recent.size() < 2) {
            return true;
        }
        Moment before = recent.get(recent.size() - 2);
        return !before.master().equals(master) || offsetNow > before.masterOffset();
    }

    private Moment momentAtOrBefore(long timeMs, String master) {
        Moment found = null;
        for (Moment moment : moments) {
            if (moment.timeMs() <= timeMs && moment.master().equals(master)) {
                found = moment;
            }
        }
        return found;
    }

    private void add(ClientNotice notice) {
        notices.add(0, notice);
        if (notices.size() > MAX_NOTICES) {
            notices.remove(MAX_NOTICES, notices.size());
        }
    }
}
