package com.replicationlab.ui.backlog;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.topology.InkedControl;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Skin;

/**
 * The master's replication backlog drawn as the ring buffer it is: held bytes as a band split at
 * command boundaries, the write head at the master's offset, the oldest byte, each replica's
 * acknowledged offset as a marker outside, and ranges lately served from it lit up.
 */
public final class BacklogRing extends InkedControl {
    private final ObjectProperty<RingPicture> picture = new SimpleObjectProperty<>(this, "picture", RingPicture.EMPTY);
    private final I18n i18n;

    public BacklogRing(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("backlog-ring");
        setFocusTraversable(true);
    }

    public ObjectProperty<RingPicture> pictureProperty() {
        return picture;
    }

    public RingPicture picture() {
        return picture.get();
    }

    /** Its height follows its width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    I18n i18n() {
        return i18n;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BacklogRingSkin(this);
    }
}
