package com.replicationlab.ui.heartbeat;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.topology.InkedControl;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * Seconds since each replica's last ACK over the last minute of virtual time — a saw-tooth that
 * falls to zero at every ACK — with the min-replicas-max-lag threshold drawn across it.
 */
public final class LagChart extends InkedControl {
    private final ObjectProperty<LagPicture> picture = new SimpleObjectProperty<>(this, "picture", LagPicture.EMPTY);
    private final I18n i18n;

    public LagChart(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("lag-chart");
    }

    public ObjectProperty<LagPicture> pictureProperty() {
        return picture;
    }

    I18n i18n() {
        return i18n;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LagChartSkin(this);
    }
}
