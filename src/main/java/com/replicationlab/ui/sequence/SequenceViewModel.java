package com.replicationlab.ui.sequence;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.heartbeat.TraceReader;
import com.replicationlab.ui.panels.ShownRefresh;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The sequence diagram's state: the nodes' lifelines, every packet's trip from the trace, the time
 * window shown (following the present, or where the user scrolled back to), the selected packet,
 * and scrubbing back, which steps the lab back event by event to an earlier moment.
 */
public final class SequenceViewModel {
    static final double MIN_SPAN_MS = 200;
    static final double MAX_SPAN_MS = 120_000;
    static final double DEFAULT_SPAN_MS = 4_000;
    /** Scrubbing back is one exact rebuild per event: a bound keeps a long drag from taking minutes. */
    static final int MAX_SCRUB_STEPS = 150;

    private final LabViewModel lab;
    private final ObservableBooleanValue showing;
    // Kept for as long as this model lives: it holds the trace view that feeds it.
    private final TraceReader trace;
    private final PacketTrips trips;
    private final ObservableList<String> lifelines = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final BooleanProperty following = new SimpleBooleanProperty(this, "following", true);
    private final ReadOnlyDoubleWrapper spanMs = new ReadOnlyDoubleWrapper(this, "spanMs", DEFAULT_SPAN_MS);
    private final ReadOnlyObjectWrapper<PacketTrip> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper scrubbing = new ReadOnlyBooleanWrapper(this, "scrubbing");
    private List<PacketTrip> tripsNow;
    private double endMs;
    private double scrubTargetMs;
    private int scrubSteps;

    /** Follows the lab while {@code showing}: a hidden diagram does no work, and catches up when shown. */
    public SequenceViewModel(LabViewModel lab, ObservableBooleanValue showing) {
        this.lab = lab;
        this.showing = showing;
        this.trips = new PacketTrips(id -> lab.packet(id).map(PacketView::kind));
        this.trace = new TraceReader(lab.trace(), new TraceReader.Reader() {
            @Override
            public void restarted(List<TraceRecord> all) {
                trips.clear();
                all.forEach(trips::consider);
            }

            @Override
            public void added(List<? extends TraceRecord> news) {
                news.forEach(trips::consider);
            }
        });
        new ShownRefresh(showing, () -> {
            trace.read();
            snapshotChanged(lab.snapshot());
        }, lab.snapshotProperty(), lab.trace());
        lab.selectedPacketProperty().addListener((obs, old, now) -> refreshSelected());
        following.addListener((obs, old, now) -> {
            if (!now) {
                endMs = presentMs();
            }
            changed();
        });
    }

    // ----- state -----

    /** The nodes, top to bottom. */
    public ObservableList<String> lifelines() {
        return lifelines;
    }

    /** Every trip known, oldest first. */
    public List<PacketTrip> trips() {
        if (tripsNow == null) {
            tripsNow = trips.all();
        }
        return tripsNow;
    }

    /** Goes up whenever anything drawn changed (other than the clock while playing). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Whether the right edge keeps up with the present. */
    public BooleanProperty followingProperty() {
        return following;
    }

    public ReadOnlyDoubleProperty spanMsProperty() {
        return spanMs.getReadOnlyProperty();
    }

    /** The selected packet's trip (the window's selected packet), or null. */
    public ReadOnlyObjectProperty<PacketTrip> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The packet as the window saw it in flight: its bytes and stream offsets. */
    public Optional<PacketView> packet(long id) {
        return lab.packet(id);
    }

    public ReadOnlyBooleanProperty scrubbingProperty() {
        return scrubbing.getReadOnlyProperty();
    }

    /** Whether the diagram is shown (its tab selected, the panels in a showing window). */
    public ObservableBooleanValue showingProperty() {
        return showing;
    }

    public boolean isShowing() {
        return showing.get();
    }

    public boolean isPlaying() {
        return lab.isPlaying();
    }

    /** The lab's present in virtual ms (gliding between snapshots while playing). */
    public double presentMs() {
        return lab.virtualTimeMs();
    }

    /** The time at the right edge. */
    public double endMs() {
        return following.get() ? presentMs() : endMs;
    }

    // ----- commands -----

    /** Moves the window by {@code ms} (negative: back in time); reaching the present follows it again. */
    public void panBy(double ms) {
        double target = endMs() + ms;
        if (target >= presentMs()) {
            following.set(true);
        } else {
            following.set(false);
            endMs = Math.max(spanMs.get() * 0.25, target);
            changed();
        }
    }

    /** Shows {@code factor} times as much time (below 1: zooms in). */
    public void zoom(double factor) {
        spanMs.set(Math.max(MIN_SPAN_MS, Math.min(MAX_SPAN_MS, spanMs.get() * factor)));
        changed();
    }

    /** Selects a packet (everywhere in the window); 0 selects none. */
    public void select(long id) {
        lab.selectedPacketProperty().set(id);
    }

    /**
     * Steps the lab back, one event at a time, until its clock is at or before {@code targetMs}
     * (at most {@link #MAX_SCRUB_STEPS} events). Each step is the lab's own exact step back.
     */
    public void scrubBackTo(double targetMs) {
        if (scrubbing.get()) {
            return;
        }
        scrubTargetMs = targetMs;
        scrubSteps = 0;
        scrubbing.set(true);
        lab.pause();
        following.set(true);
        continueScrub();
    }

    /** One step back, then the next when the window has taken it in. */
    private void continueScrub() {
        LabSnapshot now = lab.snapshot();
        if (now == null || now.timeMs() <= scrubTargetMs || now.eventsRun() == 0 || scrubSteps >= MAX_SCRUB_STEPS) {
            scrubbing.set(false);
            return;
        }
        scrubSteps++;
        lab.stepBack();
        lab.whenIdle().thenRun(this::continueScrub);
    }

    // ----- from the model -----

    private void snapshotChanged(LabSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        List<String> names = snapshot.nodes().stream().map(NodeView::name).toList();
        if (!names.equals(lifelines)) {
            lifelines.setAll(names);
        }
        trips.learnKinds();
        refreshSelected();
        changed();
    }

    private void refreshSelected() {
        long id = lab.selectedPacketProperty().get();
        selected.set(id == 0 ? null : trips.find(id).orElse(null));
    }

    private void changed() {
        tripsNow = null;
        revision.set(revision.get() + 1);
    }

    /** What a trip's kind is for drawing: as learnt, or "other" while unknown. */
    static PacketKind kindOf(PacketTrip trip) {
        return trip.kind() == null ? PacketKind.OTHER : trip.kind();
    }
}
