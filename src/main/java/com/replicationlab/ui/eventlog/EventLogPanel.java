package com.replicationlab.ui.eventlog;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.EventWords;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.HintedToolbar;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import com.replicationlab.ui.panels.TextCell;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The trace in words, newest at the bottom, following the tail, filterable by node and by kind.
 * Each line is coloured by kind (and says its kind, so it reads without colour). Keyboard
 * navigable: it is a list.
 */
public final class EventLogPanel implements LabPanel {
    /** The choice that filters nothing out. */
    static final String ALL = "*";
    private static final double KIND_BOX_WIDTH = 230;

    @Override
    public String titleKey() {
        return "panel.eventLog";
    }

    @Override
    public Slot slot() {
        return Slot.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        FilteredList<TraceRecord> shown = new FilteredList<>(context.model().trace(), EventFilter.ALL);
        ListView<TraceRecord> list = new ListView<>(shown);
        list.setId("eventLog");
        list.getStyleClass().add("event-log");
        list.accessibleTextProperty().bind(i18n.text("panel.eventLog"));
        list.setCellFactory(view -> new TextCell<>(record -> EventWords.line(record, i18n),
                record -> "trace-" + record.kind().name().toLowerCase(Locale.ROOT)));
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        new TailFollower(list, context.ui(), context.showing()).start();

        ComboBox<String> nodes = choices("eventLogNode", nodeChoices(context.model().snapshot()), i18n,
                node -> node.equals(ALL) ? i18n.get("eventLog.allNodes") : node);
        context.model().snapshotProperty().addListener((obs, old, now) -> {
            List<String> names = nodeChoices(now);
            if (!names.equals(nodes.getItems())) {
                String chosen = nodes.getValue();
                nodes.getItems().setAll(names);
                nodes.setValue(names.contains(chosen) ? chosen : ALL);
            }
        });
        List<String> kindNames = new ArrayList<>(List.of(ALL));
        for (TraceKind kind : TraceKind.values()) {
            kindNames.add(kind.name());
        }
        ComboBox<String> kinds = choices("eventLogKind", kindNames, i18n,
                kind -> kind.equals(ALL) ? i18n.get("eventLog.allKinds") : i18n.get("eventLog.kind." + kind.toLowerCase(Locale.ROOT)));
        Runnable refilter = () -> shown.setPredicate(new EventFilter(
                ALL.equals(nodes.getValue()) || nodes.getValue() == null ? null : nodes.getValue(),
                ALL.equals(kinds.getValue()) || kinds.getValue() == null ? null : TraceKind.valueOf(kinds.getValue())));
        nodes.valueProperty().addListener((obs, old, now) -> refilter.run());
        kinds.valueProperty().addListener((obs, old, now) -> refilter.run());

        BorderPane pane = new BorderPane(list);
        pane.setTop(toolbar(i18n, nodes, kinds));
        return pane;
    }

    private static List<String> nodeChoices(LabSnapshot snapshot) {
        List<String> names = new ArrayList<>(List.of(ALL));
        if (snapshot != null) {
            snapshot.nodes().stream().map(NodeView::name).forEach(names::add);
        }
        return names;
    }

    /** A drop-down whose words follow the window's language. */
    private static ComboBox<String> choices(String id, List<String> items, I18n i18n, Function<String, String> words) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setValue(ALL);
        box.setCellFactory(view -> new TextCell<>(words));
        box.setButtonCell(new TextCell<>(words));
        i18n.localeProperty().addListener((obs, old, now) -> box.setButtonCell(new TextCell<>(words)));
        return box;
    }

    private static Node toolbar(I18n i18n, ComboBox<String> nodes, ComboBox<String> kinds) {
        Label nodeLabel = new Label();
        nodeLabel.textProperty().bind(i18n.text("eventLog.node"));
        nodeLabel.setLabelFor(nodes);
        nodes.accessibleTextProperty().bind(i18n.text("eventLog.node"));
        Label kindLabel = new Label();
        kindLabel.textProperty().bind(i18n.text("eventLog.kind"));
        kindLabel.setLabelFor(kinds);
        kinds.accessibleTextProperty().bind(i18n.text("eventLog.kind"));
        Label hint = new Label();
        hint.setId("eventLogHint");
        hint.getStyleClass().add("panel-hint");
        hint.textProperty().bind(i18n.text("eventLog.hint"));
        // The kinds' explanations are long: the closed box need not be as wide as its open list.
        kinds.setPrefWidth(KIND_BOX_WIDTH);
        // Only the hint gives way in a narrow window: the labels and boxes keep their words.
        return HintedToolbar.of(hint, nodeLabel, nodes, kindLabel, kinds);
    }
}
