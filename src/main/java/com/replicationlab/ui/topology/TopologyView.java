package com.replicationlab.ui.topology;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.theme.Appearance;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.Skin;

import java.util.Optional;

/**
 * The topology: master and replicas as cards, the links between them, the packets on their way,
 * all drawn from the newest snapshot at the lab clock, with context menus for every operation.
 */
public final class TopologyView extends InkedControl {
    private final LabViewModel model;
    private final I18n i18n;
    private final Appearance appearance;
    private final FrameProbe frameProbe = new FrameProbe();
    private final BooleanProperty frameOverlay = new SimpleBooleanProperty(this, "frameOverlay");

    public TopologyView(LabViewModel model, I18n i18n, Appearance appearance) {
        this.model = model;
        this.i18n = i18n;
        this.appearance = appearance;
        getStyleClass().add("topology-view");
        setFocusTraversable(true);
        accessibleTextProperty().bind(i18n.text("topology.accessible"));
    }

    public LabViewModel model() {
        return model;
    }

    /** The canvas's frame timer, fed on every pulse while the view is shown. Read on the JavaFX thread. */
    public FrameProbe frameProbe() {
        return frameProbe;
    }

    /** Whether the frame times show over the canvas's corner (F12). */
    public BooleanProperty frameOverlayProperty() {
        return frameOverlay;
    }

    public void toggleFrameOverlay() {
        frameOverlay.set(!frameOverlay.get());
    }

    I18n i18n() {
        return i18n;
    }

    Appearance appearance() {
        return appearance;
    }

    /** Where a node's card is drawn now (local coordinates), for tests and keyboard menus. */
    public Optional<Point2D> pointOfNode(String name) {
        return skin().flatMap(s -> s.pointOfNode(name));
    }

    /** A point on the link between a master and a replica, away from packets' usual places. */
    public Optional<Point2D> pointOfLink(String master, String replica) {
        return skin().flatMap(s -> s.pointOfLink(master, replica));
    }

    /** Where a packet was drawn in the last frame. */
    public Optional<Point2D> pointOfPacket(long id) {
        return skin().flatMap(s -> s.pointOfPacket(id));
    }

    /** How many times the cards' shapes and links' lines have been drawn (for tests). */
    int backdropDraws() {
        return skin().map(TopologySkin::backdropDraws).orElse(0);
    }

    private Optional<TopologySkin> skin() {
        return getSkin() instanceof TopologySkin skin ? Optional.of(skin) : Optional.empty();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TopologySkin(this);
    }
}
