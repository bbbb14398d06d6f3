package com.replicationlab.ui.panels;

import com.replicationlab.ui.topology.PacketLegend;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** The key to the canvas's packet shapes and colours. */
final class LegendPanel implements LabPanel {

    @Override
    public String titleKey() {
        return "panel.legend";
    }

    @Override
    public Slot slot() {
        return Slot.SIDE;
    }

    @Override
    public Node create(PanelContext context) {
        ScrollPane scroll = new ScrollPane(new PacketLegend(context.i18n()));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("legend-panel");
        return scroll;
    }
}
