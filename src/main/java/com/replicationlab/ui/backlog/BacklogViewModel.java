package com.replicationlab.ui.backlog;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.heartbeat.Masters;
import com.replicationlab.ui.heartbeat.TraceReader;
import com.replicationlab.ui.inspector.ConfigSetter;
import com.replicationlab.ui.panels.ShownRefresh;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * The master's backlog as the ring shows it: from each snapshot, the backlog, its commands and the
 * replicas' acknowledged offsets; from the trace, the ranges the master served from it (re-sends,
 * partial resyncs), lit for {@link #FLASH_MS} of virtual time. One command: set the backlog's size.
 */
public final class BacklogViewModel {
    /** How long a served range stays lit, in virtual ms (paused, it stays lit). */
    static final long FLASH_MS = 2_000;
    private static final int SERVED_KEPT = 64;

    private final LabViewModel lab;
    private final ConfigSetter setter;
    // Kept for as long as this model lives: it holds the trace view that feeds it.
    private final TraceReader trace;
    private final Deque<ServedRange> served = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<RingPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture", RingPicture.EMPTY);
    private final ReadOnlyObjectWrapper<ServedRange> lastServed = new ReadOnlyObjectWrapper<>(this, "lastServed");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObservableList<StreamCommand> commands = FXCollections.observableArrayList();
    private final ObservableList<StreamCommand> commandsView = FXCollections.unmodifiableObservableList(commands);
    private BacklogView decoded;
    private String decodedMaster;
    /** The commands read from {@code decoded}, for the ring (the list above is the panel's copy). */
    private List<StreamCommand> held = List.of();

    /** Follows the lab while {@code showing}: a hidden ring does no work, and catches up when shown. */
    public BacklogViewModel(LabViewModel lab, UiExecutor ui, ObservableBooleanValue showing) {
        this.lab = lab;
        this.setter = new ConfigSetter(lab, ui);
        this.trace = new TraceReader(lab.trace(), new TraceReader.Reader() {
            @Override
            public void restarted(List<TraceRecord> all) {
                served.clear();
                lastServed.set(null);
                all.forEach(BacklogViewModel.this::consider);
            }

            @Override
            public void added(List<? extends TraceRecord> news) {
                news.forEach(BacklogViewModel.this::consider);
            }
        });
        new ShownRefresh(showing, () -> {
            trace.read();
            refresh();
        }, lab.snapshotProperty(), lab.selectedNodeProperty(), lab.trace());
    }

    // ----- state -----

    public ReadOnlyObjectProperty<RingPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public RingPicture picture() {
        return picture.get();
    }

    /** The commands the ring holds, oldest first. */
    public ObservableList<StreamCommand> commands() {
        return commandsView;
    }

    /** The last range the master served from its backlog, or null. */
    public ReadOnlyObjectProperty<ServedRange> lastServedProperty() {
        return lastServed.getReadOnlyProperty();
    }

    /** Why the last change of size was refused, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ----- commands -----

    /** {@code config MASTER repl-backlog-size VALUE} on the master shown. */
    public void setBacklogSize(String value) {
        String master = picture.get().master();
        if (master != null) {
            setter.set(master, "repl-backlog-size", value, problem::set);
        }
    }

    // ----- from the model -----

    private void consider(TraceRecord record) {
        if (record.kind() != TraceKind.NODE) {
            return;
        }
        ServedRange.of(record).ifPresent(range -> {
            if (served.size() == SERVED_KEPT) {
                served.removeFirst();
            }
            served.addLast(range);
            lastServed.set(range);
        });
    }

    private void refresh() {
        LabSnapshot snapshot = lab.snapshot();
        NodeView master = Masters.current(snapshot, lab.selectedNodeProperty().get()).orElse(null);
        if (master == null) {
            picture.set(RingPicture.EMPTY);
            commands.clear();
            held = List.of();
            decoded = null;
            return;
        }
        BacklogView backlog = master.backlog();
        if (!sameContents(backlog, decoded) || !master.name().equals(decodedMaster)) {
            held = Collections.unmodifiableList(StreamCommands.of(backlog, decoded, held));
            commands.setAll(held);
            decoded = backlog;
            decodedMaster = master.name();
        }
        List<RingPicture.AckMarker> markers = master.replicas().stream()
                .map(r -> new RingPicture.AckMarker(r.name(), r.ackOffset())).toList();
        // The backlog decoded is the same bytes as this snapshot's, so an unchanged ring is an equal
        // picture, and the ring is not drawn again.
        RingPicture next = new RingPicture(master.name(), decoded, held, markers,
                flashes(master.name(), snapshot.timeMs()));
        if (!next.equals(picture.get())) {
            picture.set(next);
        }
    }

    private List<RingPicture.Flash> flashes(String master, long nowMs) {
        return served.stream()
                .filter(r -> r.master().equals(master) && r.size() > 0 && r.atMs() <= nowMs && nowMs - r.atMs() < FLASH_MS)
                .map(r -> new RingPicture.Flash(r, 1.0 - (double) (nowMs - r.atMs()) / FLASH_MS))
                .toList();
    }

    /** Read the commands again only when the bytes changed (each snapshot brings its own view of them). */
    private static boolean sameContents(BacklogView a, BacklogView b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.sizeBytes() == b.sizeBytes() && a.firstByteOffset() == b.firstByteOffset()
                && a.masterOffset() == b.masterOffset()
                && (a.histlen() == 0 || a.sameBytes(b, a.firstByteOffset(), a.masterOffset()));
    }
}
