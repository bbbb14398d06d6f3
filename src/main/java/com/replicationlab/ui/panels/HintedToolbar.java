package com.replicationlab.ui.panels;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A panel's tool bar: its controls, then a hint in words. The hint stands beside the controls
 * while it fits there on one line, and otherwise takes a line of its own below them, wrapping if
 * even that is too narrow: it is never cut off with "…" (a narrow window, a lesson open beside
 * the lab, longer words in another language). The controls keep their own widths throughout.
 */
public final class HintedToolbar {
    private static final double GAP = 8;

    private final Region[] controls;
    private final Label hint;
    private final HBox row;
    private final VBox bar;

    private HintedToolbar(Label hint, Region... controls) {
        this.controls = controls;
        this.hint = hint;
        row = new HBox(GAP, controls);
        row.setAlignment(Pos.CENTER_LEFT);
        bar = new VBox(GAP / 2, row);
        bar.getStyleClass().add("panel-toolbar");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        InvalidationListener place = obs -> place();
        bar.widthProperty().addListener(place);
        hint.textProperty().addListener(place);
        hint.fontProperty().addListener(place);
        for (Region control : controls) {
            control.setMinWidth(Region.USE_PREF_SIZE);
            control.widthProperty().addListener(place);
        }
        place();
    }

    /** The tool bar, styled as a panel's ("panel-toolbar"). */
    public static Region of(Label hint, Region... controls) {
        return new HintedToolbar(hint, controls).bar;
    }

    /** Puts the hint beside the controls if its one line fits there, else below them. */
    private void place() {
        double room = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset();
        double taken = 0;
        for (Region control : controls) {
            taken += control.getWidth() + GAP;
        }
        boolean beside = taken + hint.prefWidth(-1) <= room;
        if (beside && hint.getParent() != row) {
            bar.getChildren().remove(hint);
            row.getChildren().add(hint);
        } else if (!beside && hint.getParent() != bar) {
            row.getChildren().remove(hint);
            bar.getChildren().add(hint);
        }
    }
}
