package com.replicationlab.ui.sequence;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.topology.InkedControl;
import javafx.geometry.Point2D;
import javafx.scene.control.Skin;

import java.util.Optional;

/**
 * A lifeline per node, time running left to right, and an arrow per packet from its sender's line
 * to its receiver's: coloured and dashed by kind as on the canvas, ending in an arrowhead when it
 * arrived, a cross where it was lost, a bar where it was thrown away. Click an arrow to select the
 * packet; drag or scroll to look back; drag the "now" line back to step the lab back.
 */
public final class SequenceDiagram extends InkedControl {
    private final SequenceViewModel model;
    private final I18n i18n;
    private final Appearance appearance;

    public SequenceDiagram(SequenceViewModel model, I18n i18n, Appearance appearance) {
        this.model = model;
        this.i18n = i18n;
        this.appearance = appearance;
        getStyleClass().add("sequence-diagram");
        setFocusTraversable(true);
        accessibleTextProperty().bind(i18n.text("sequence.accessible"));
    }

    SequenceViewModel model() {
        return model;
    }

    I18n i18n() {
        return i18n;
    }

    Appearance appearance() {
        return appearance;
    }

    /** Where a packet's arrow was drawn in the last frame (its middle), for tests. */
    public Optional<Point2D> pointOfTrip(long id) {
        return getSkin() instanceof SequenceSkin skin ? skin.pointOfTrip(id) : Optional.empty();
    }

    /** Where the "now" line's handle was drawn in the last frame, for tests. */
    public Optional<Point2D> pointOfPresent() {
        return getSkin() instanceof SequenceSkin skin ? skin.pointOfPresent() : Optional.empty();
    }

    /** The x of a moment in the last frame, for tests. */
    public Optional<Double> xOfTime(double ms) {
        return getSkin() instanceof SequenceSkin skin ? skin.xOfTime(ms) : Optional.empty();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SequenceSkin(this);
    }
}
