package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.ReplicaView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.inspector.ConfigSetter;
import com.replicationlab.ui.panels.ShownRefresh;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The heartbeat as the master sees it: per replica, time since its last ACK and whether it is good;
 * the master's count of good replicas against min-replicas-to-write; the lag history of the last
 * {@link #WINDOW_MS} of virtual time. Commands set min-replicas-to-write and min-replicas-max-lag.
 */
public final class HeartbeatViewModel {
    public static final long WINDOW_MS = 60_000;

    private final LabViewModel lab;
    private final ConfigSetter setter;
    // Kept for as long as this model lives: it holds the trace view that feeds it.
    private final TraceReader trace;
    private final AckHistory acks = new AckHistory();
    private final ObservableList<ReplicaHealth> replicas = FXCollections.observableArrayList();
    private final ObservableList<ReplicaHealth> replicasView = FXCollections.unmodifiableObservableList(replicas);
    private final ReadOnlyObjectWrapper<MasterHealth> health = new ReadOnlyObjectWrapper<>(this, "health", MasterHealth.NONE);
    private final ReadOnlyObjectWrapper<LagPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture", LagPicture.EMPTY);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    /** Follows the lab while {@code showing}: a hidden panel does no work, and catches up when shown. */
    public HeartbeatViewModel(LabViewModel lab, UiExecutor ui, ObservableBooleanValue showing) {
        this.lab = lab;
        this.setter = new ConfigSetter(lab, ui);
        this.trace = new TraceReader(lab.trace(), new TraceReader.Reader() {
            @Override
            public void restarted(List<TraceRecord> all) {
                acks.clear();
                all.forEach(acks::consider);
            }

            @Override
            public void added(List<? extends TraceRecord> news) {
                news.forEach(acks::consider);
            }
        });
        new ShownRefresh(showing, () -> {
            trace.read();
            refresh();
        }, lab.snapshotProperty(), lab.selectedNodeProperty(), lab.trace());
    }

    // ----- state -----

    /** The master's replicas, in its order. */
    public ObservableList<ReplicaHealth> replicas() {
        return replicasView;
    }

    public ReadOnlyObjectProperty<MasterHealth> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public MasterHealth health() {
        return health.get();
    }

    public ReadOnlyObjectProperty<LagPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Why the last change was refused, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ----- commands -----

    public void setMinReplicasToWrite(int replicasNeeded) {
        set("min-replicas-to-write", replicasNeeded);
    }

    public void setMinReplicasMaxLag(int seconds) {
        set("min-replicas-max-lag", seconds);
    }

    private void set(String setting, int value) {
        String master = health.get().master();
        if (master != null) {
            setter.set(master, setting, Integer.toString(value), problem::set);
        }
    }

    // ----- from the model -----

    private void refresh() {
        LabSnapshot snapshot = lab.snapshot();
        NodeView master = Masters.current(snapshot, lab.selectedNodeProperty().get()).orElse(null);
        if (master == null) {
            replicas.clear();
            setIfChanged(health, MasterHealth.NONE);
            setIfChanged(picture, new LagPicture(snapshot == null ? 0 : snapshot.timeMs(), WINDOW_MS, 0, false, List.of()));
            return;
        }
        List<ReplicaHealth> now = ReplicaHealth.of(master);
        if (!now.equals(replicas)) {
            replicas.setAll(now);
        }
        setIfChanged(health, MasterHealth.of(master));
        long from = snapshot.timeMs() - WINDOW_MS;
        List<LagPicture.Line> lines = master.replicas().stream().map(r -> line(r, master.name(), from)).toList();
        setIfChanged(picture, new LagPicture(snapshot.timeMs(), WINDOW_MS, master.minReplicasMaxLag(),
                master.minReplicasToWrite() > 0, lines));
    }

    /** An equal value is no change: the chart is not drawn again, the words not made again. */
    private static <T> void setIfChanged(ReadOnlyObjectWrapper<T> property, T value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    private LagPicture.Line line(ReplicaView replica, String master, long fromMs) {
        List<Long> times = acks.since(replica.name(), master, fromMs).stream().map(AckHistory.Ack::atMs).toList();
        return new LagPicture.Line(replica.name(), times, replica.msSinceAck());
    }
}
