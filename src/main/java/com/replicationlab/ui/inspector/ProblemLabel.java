package com.replicationlab.ui.inspector;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Where a panel says why the node refused a change: shown only while there is something to say. */
public final class ProblemLabel {
    private ProblemLabel() {
    }

    public static Label of(String id, ObservableStringValue problem) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("panel-problem");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
