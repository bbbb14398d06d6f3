package com.replicationlab.ui.inspector;

import com.replicationlab.lab.snapshot.KeyView;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/**
 * The inspector panel: pick a node (or click one on the canvas); see its INFO replication, its keys
 * and its replication settings, and change a setting (each change is a {@code config} action, and
 * a value the node refuses shows the node's error).
 */
public final class InspectorPanel implements LabPanel {

    @Override
    public String titleKey() {
        return "panel.inspector";
    }

    @Override
    public Slot slot() {
        return Slot.SIDE;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        InspectorViewModel vm = new InspectorViewModel(context.model(), context.ui(), context.showing());
        VBox box = new VBox(8, chooser(vm, i18n), state(vm, i18n),
                subtitle(i18n, "inspector.info"), info(vm, i18n),
                subtitle(i18n, "inspector.settings"), settings(vm, i18n),
                keysTitle(vm, i18n), keys(vm, i18n));
        box.getStyleClass().addAll("lab-panel", "inspector-panel");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("panel-scroll");
        return scroll;
    }

    private static Node chooser(InspectorViewModel vm, I18n i18n) {
        Label label = new Label();
        label.getStyleClass().add("panel-title");
        label.textProperty().bind(i18n.text("inspector.node"));
        ComboBox<String> nodes = new ComboBox<>(vm.nodeNames());
        nodes.setId("inspectorNode");
        nodes.accessibleTextProperty().bind(i18n.text("inspector.node.accessible"));
        label.setLabelFor(nodes);
        vm.nodeProperty().addListener((obs, old, now) -> {
            if (now != null && !now.name().equals(nodes.getValue())) {
                nodes.setValue(now.name());
            }
        });
        if (vm.nodeProperty().get() != null) {
            nodes.setValue(vm.nodeProperty().get().name());
        }
        nodes.valueProperty().addListener((obs, old, now) -> {
            NodeView shown = vm.nodeProperty().get();
            if (now != null && (shown == null || !now.equals(shown.name()))) {
                vm.inspect(now); // chosen here by the user, not just following the window's selection
            }
        });
        HBox row = new HBox(10, label, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Role, link and offset in one line: what the node is, before the details. */
    private static Node state(InspectorViewModel vm, I18n i18n) {
        Label state = new Label();
        state.setId("inspectorState");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            NodeView node = vm.nodeProperty().get();
            if (node == null) {
                return "";
            }
            if (!node.up()) {
                return i18n.get("inspector.state.down", node.name());
            }
            return node.replica()
                    ? i18n.get("inspector.state.replica", node.name(), node.masterName(), node.linkState(),
                            Long.toString(node.offset()), Long.toString(node.keyCount()))
                    : i18n.get("inspector.state.master", node.name(), node.replicas().size(),
                            Long.toString(node.offset()), Long.toString(node.keyCount()));
        }, vm.nodeProperty(), i18n.localeProperty()));
        return state;
    }

    private static Label subtitle(I18n i18n, String key) {
        Label title = new Label();
        title.getStyleClass().add("panel-subtitle");
        title.textProperty().bind(i18n.text(key));
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        return title;
    }

    private static Node info(InspectorViewModel vm, I18n i18n) {
        TextArea info = new TextArea();
        info.setId("inspectorInfo");
        info.getStyleClass().add("inspector-info");
        info.setEditable(false);
        info.setPrefRowCount(12);
        info.setWrapText(true);
        info.accessibleTextProperty().bind(i18n.text("inspector.info"));
        // Only when it changed: a new text would drop what the reader has selected.
        vm.infoProperty().addListener((obs, old, now) -> {
            if (!now.equals(info.getText())) {
                info.setText(now);
            }
        });
        info.setText(vm.infoProperty().get());
        return info;
    }

    /** Name width that fits the longest setting name, so the fields line up when there is room. */
    private static final double SETTING_NAME_WIDTH = 200;

    private static Node settings(InspectorViewModel vm, I18n i18n) {
        VBox rows = new VBox(6);
        rows.setId("inspectorSettings");
        rows.getStyleClass().add("panel-form");
        for (InspectorViewModel.Setting setting : vm.settings()) {
            Label name = new Label(setting.name());
            name.getStyleClass().add("setting-name");
            name.setPrefWidth(SETTING_NAME_WIDTH);
            name.setMinWidth(Region.USE_PREF_SIZE);
            TextField edit = new TextField();
            edit.setId("setting-" + setting.name());
            edit.setPrefColumnCount(6);
            edit.setMinWidth(Region.USE_PREF_SIZE);
            edit.promptTextProperty().bind(i18n.text("inspector.setting.prompt"));
            edit.accessibleTextProperty().bind(i18n.text("inspector.setting.accessible", setting.name()));
            name.setLabelFor(edit);
            Button apply = new Button();
            apply.setId("setting-set-" + setting.name());
            apply.setMinWidth(Region.USE_PREF_SIZE);
            apply.textProperty().bind(i18n.text("inspector.setting.set"));
            apply.accessibleTextProperty().bind(i18n.text("inspector.setting.set.accessible", setting.name()));
            Runnable send = () -> setting.apply(edit.getText());
            apply.setOnAction(e -> send.run());
            edit.setOnAction(e -> send.run());
            HBox field = new HBox(8, edit, apply);
            field.setAlignment(Pos.CENTER_LEFT);
            // In a narrow panel the field goes under its name instead of cutting the name.
            FlowPane row = new FlowPane(8, 4, name, field);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().addAll(row, ProblemLabel.of("setting-problem-" + setting.name(), setting.problemProperty()));
            // The value field shows the value now, until the user types another.
            setting.currentProperty().addListener((obs, old, now) -> {
                if (!edit.isFocused()) {
                    edit.setText(now);
                }
            });
            edit.setText(setting.currentProperty().get());
        }
        return rows;
    }

    private static Node keysTitle(InspectorViewModel vm, I18n i18n) {
        Label title = new Label();
        title.getStyleClass().add("panel-subtitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            NodeView node = vm.nodeProperty().get();
            return i18n.get("inspector.keys", node == null ? "0" : Long.toString(node.keyCount()));
        }, vm.nodeProperty(), i18n.localeProperty()));
        return title;
    }

    private static Node keys(InspectorViewModel vm, I18n i18n) {
        TableView<KeyView> table = new TableView<>(vm.keys());
        table.setId("inspectorKeys");
        table.getStyleClass().add("inspector-keys");
        table.setPrefHeight(200);
        table.setMinHeight(120);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.accessibleTextProperty().bind(i18n.text("inspector.keys.accessible"));
        table.getColumns().add(column(i18n, "inspector.key.name", KeyView::key, 0.3));
        table.getColumns().add(column(i18n, "inspector.key.type", KeyView::type, 0.14));
        table.getColumns().add(column(i18n, "inspector.key.value", KeyView::value, 0.38));
        table.getColumns().add(column(i18n, "inspector.key.ttl", k -> k.ttlMs() < 0 ? "—"
                : String.format(Locale.ROOT, "%.1f s", k.ttlMs() / 1000.0), 0.14));
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("inspector.keys.none"));
        table.setPlaceholder(empty);
        return table;
    }

    private static TableColumn<KeyView, String> column(I18n i18n, String key, Function<KeyView, String> value,
                                                       double share) {
        TableColumn<KeyView, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setPrefWidth(400 * share);
        return column;
    }
}
