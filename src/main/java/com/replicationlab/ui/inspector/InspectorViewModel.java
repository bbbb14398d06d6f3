package com.replicationlab.ui.inspector;

import com.replicationlab.lab.snapshot.KeyView;
import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.panels.ShownRefresh;
import com.replicationlab.ui.session.JournalEntry;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The selected node, inspected: its INFO replication as redis-cli prints it, its keys, and its
 * replication settings, each editable through a {@code config} action. With nothing selected it
 * inspects the first node (the master).
 */
public final class InspectorViewModel {
    private final LabViewModel lab;
    private final ConfigSetter setter;
    // Held here: the model's journal view listens to its list only weakly.
    private final ObservableList<JournalEntry> journal;
    private final ObservableList<String> nodeNames = FXCollections.observableArrayList();
    private final ObservableList<KeyView> keys = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NodeView> node = new ReadOnlyObjectWrapper<>(this, "node");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final List<Setting> settings;

    /** Follows the lab while {@code showing}: a hidden inspector does no work, and catches up when shown. */
    public InspectorViewModel(LabViewModel lab, UiExecutor ui, ObservableBooleanValue showing) {
        this.lab = lab;
        this.setter = new ConfigSetter(lab, ui);
        this.journal = lab.journal();
        this.settings = NodeSettings.NAMES.stream().map(Setting::new).toList();
        new ShownRefresh(showing, this::refresh, lab.snapshotProperty(), lab.selectedNodeProperty(), journal);
    }

    // ----- state -----

    public ObservableList<String> nodeNames() {
        return nodeNames;
    }

    /** The node inspected now (null before the first snapshot). */
    public ReadOnlyObjectProperty<NodeView> nodeProperty() {
        return node.getReadOnlyProperty();
    }

    /** INFO replication, one field a line, as redis-cli shows it. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ObservableList<KeyView> keys() {
        return keys;
    }

    public List<Setting> settings() {
        return settings;
    }

    // ----- commands -----

    /** Inspect another node: it becomes the window's selected node. */
    public void inspect(String name) {
        if (name != null) {
            lab.selectedNodeProperty().set(name);
        }
    }

    // ----- from the model -----

    private void refresh() {
        LabSnapshot snapshot = lab.snapshot();
        if (snapshot == null || snapshot.nodes().isEmpty()) {
            return;
        }
        List<String> names = snapshot.nodes().stream().map(NodeView::name).toList();
        if (!names.equals(nodeNames)) {
            nodeNames.setAll(names);
        }
        String selected = lab.selectedNodeProperty().get();
        NodeView shown = snapshot.nodes().stream().filter(n -> n.name().equals(selected)).findFirst()
                .orElse(snapshot.nodes().get(0));
        node.set(shown);
        info.set(shown.infoReplication().replace("\r\n", "\n").strip());
        if (!shown.keys().equals(keys)) {
            keys.setAll(shown.keys());
        }
        settings.forEach(s -> s.current.set(NodeSettings.value(s.name, shown, journal)));
    }

    /** One editable setting of the inspected node. */
    public final class Setting {
        private final String name;
        private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

        private Setting(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** Its value on the inspected node now ("" when the node is down). */
        public ReadOnlyStringProperty currentProperty() {
            return current.getReadOnlyProperty();
        }

        /** The engine's words for why the last value was refused, or null. */
        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }

        /** {@code config NODE NAME VALUE} on the inspected node. */
        public void apply(String value) {
            NodeView target = node.get();
            if (target != null) {
                setter.set(target.name(), name, Objects.requireNonNullElse(value, ""), problem::set);
            }
        }
    }
}
