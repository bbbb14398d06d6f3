package com.replicationlab.ui.sequence;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.HintedToolbar;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;

import java.util.Locale;
import java.util.Optional;

/**
 * The sequence diagram panel: a small toolbar (follow the present, zoom, step back), the diagram,
 * and beside it the selected packet's exact bytes.
 */
public final class SequencePanel implements LabPanel {
    private static final double DIVIDER = 0.72;

    @Override
    public String titleKey() {
        return "panel.sequence";
    }

    @Override
    public Slot slot() {
        return Slot.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        SequenceViewModel vm = new SequenceViewModel(context.model(), context.showing());
        SequenceDiagram diagram = new SequenceDiagram(vm, i18n, context.appearance());
        diagram.setId("sequenceDiagram");

        TextArea details = new TextArea();
        details.setId("sequenceDetails");
        details.getStyleClass().add("sequence-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.accessibleTextProperty().bind(i18n.text("sequence.details.accessible"));
        details.textProperty().bind(Bindings.createStringBinding(() -> {
            PacketTrip trip = vm.selectedProperty().get();
            return TripDetails.of(trip, trip == null ? Optional.empty() : vm.packet(trip.id()), i18n);
        }, vm.selectedProperty(), i18n.localeProperty()));

        SplitPane split = new SplitPane(diagram, details);
        split.setDividerPositions(DIVIDER);
        SplitPane.setResizableWithParent(details, false);

        BorderPane pane = new BorderPane(split);
        pane.setTop(toolbar(vm, i18n, context));
        pane.getStyleClass().add("sequence-panel");
        return pane;
    }

    private static Node toolbar(SequenceViewModel vm, I18n i18n, PanelContext context) {
        ToggleButton follow = new ToggleButton();
        follow.setId("sequenceFollow");
        follow.textProperty().bind(i18n.text("sequence.follow"));
        follow.accessibleTextProperty().bind(i18n.text("sequence.follow.accessible"));
        follow.selectedProperty().bindBidirectional(vm.followingProperty());
        Button zoomIn = button("sequenceZoomIn", "sequence.zoomIn", i18n, () -> vm.zoom(1 / 1.5));
        Button zoomOut = button("sequenceZoomOut", "sequence.zoomOut", i18n, () -> vm.zoom(1.5));
        Button back = button("sequenceStepBack", "sequence.stepBack", i18n, context.model()::stepBack);
        back.disableProperty().bind(vm.scrubbingProperty());
        Label span = new Label();
        span.getStyleClass().add("panel-hint");
        span.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("sequence.span", String.format(Locale.ROOT, "%.1f", vm.spanMsProperty().get() / 1000)),
                vm.spanMsProperty(), i18n.localeProperty()));
        Label hint = new Label();
        hint.setId("sequenceHint");
        hint.getStyleClass().add("panel-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                vm.scrubbingProperty().get() ? "sequence.scrubbing" : "sequence.hint"),
                vm.scrubbingProperty(), i18n.localeProperty()));
        return HintedToolbar.of(hint, follow, zoomIn, zoomOut, span, back);
    }

    private static Button button(String id, String key, I18n i18n, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.accessibleTextProperty().bind(i18n.text(key + ".accessible"));
        button.setOnAction(e -> action.run());
        return button;
    }
}
