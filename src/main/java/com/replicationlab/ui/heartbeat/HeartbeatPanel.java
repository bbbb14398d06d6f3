package com.replicationlab.ui.heartbeat;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.inspector.ProblemLabel;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The heartbeat panel: whether the master takes writes and why (good replicas against
 * min-replicas-to-write), each replica's time since its last ACK, the lag history with the
 * threshold, and controls for the two min-replicas settings.
 */
public final class HeartbeatPanel implements LabPanel {
    private static final double ROW_HEIGHT = 48;

    @Override
    public String titleKey() {
        return "panel.heartbeat";
    }

    @Override
    public Slot slot() {
        return Slot.SIDE;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        HeartbeatViewModel vm = new HeartbeatViewModel(context.model(), context.ui(), context.showing());

        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.health().master() == null
                ? i18n.get("heartbeat.title.none") : i18n.get("heartbeat.title", vm.health().master()),
                vm.healthProperty(), i18n.localeProperty()));

        LagChart chart = new LagChart(i18n);
        chart.setId("lagChart");
        chart.pictureProperty().bind(vm.pictureProperty());
        chart.accessibleTextProperty().bind(i18n.text("heartbeat.chart.accessible"));
        VBox.setVgrow(chart, Priority.ALWAYS);

        VBox box = new VBox(8, title, writesState(vm, i18n), replicas(vm, i18n), chart, controls(vm, i18n),
                ProblemLabel.of("heartbeatProblem", vm.problemProperty()));
        box.getStyleClass().addAll("lab-panel", "heartbeat-panel");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("panel-scroll");
        return scroll;
    }

    /** The banner: writes accepted or refused, in words and symbol as well as colour. */
    private static Node writesState(HeartbeatViewModel vm, I18n i18n) {
        ReadOnlyObjectProperty<MasterHealth> health = vm.healthProperty();
        Label state = new Label();
        state.setId("writesState");
        state.getStyleClass().add("writes-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                health.get().writesAccepted() ? "heartbeat.writes.accepted" : "heartbeat.writes.refused"),
                health, i18n.localeProperty()));
        health.addListener((obs, old, now) -> styleState(state, now));
        styleState(state, health.get());
        Label why = new Label();
        why.setId("writesWhy");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            MasterHealth h = health.get();
            if (h.master() == null) {
                return "";
            }
            if (!h.checking()) {
                return i18n.get("heartbeat.why.off", h.replicas());
            }
            return i18n.get("heartbeat.why", h.goodReplicas(), h.replicas(), h.minReplicasToWrite(),
                    Integer.toString(h.maxLagSeconds()));
        }, health, i18n.localeProperty()));
        VBox box = new VBox(4, state, why);
        box.getStyleClass().add("writes-box");
        return box;
    }

    private static void styleState(Label state, MasterHealth health) {
        state.getStyleClass().removeAll("accepted", "refused");
        state.getStyleClass().add(health.writesAccepted() ? "accepted" : "refused");
    }

    private static Node replicas(HeartbeatViewModel vm, I18n i18n) {
        ListView<ReplicaHealth> list = new ListView<>(vm.replicas());
        list.setId("heartbeatReplicas");
        list.getStyleClass().add("heartbeat-replicas");
        list.accessibleTextProperty().bind(i18n.text("heartbeat.replicas.accessible"));
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, vm.replicas().size()) * ROW_HEIGHT + 4, vm.replicas()));
        list.minHeightProperty().bind(list.prefHeightProperty());
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("heartbeat.replicas.none"));
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ReplicaCell(vm, i18n));
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        return list;
    }

    private static Node controls(HeartbeatViewModel vm, I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("panel-form");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints words = new ColumnConstraints();
        words.setHgrow(Priority.ALWAYS);
        words.setMinWidth(0);
        grid.getColumnConstraints().setAll(words, new ColumnConstraints(), new ColumnConstraints());
        addSetting(grid, 0, "minReplicasToWrite", "heartbeat.minToWrite", 0, 16, vm, MasterHealth::minReplicasToWrite,
                vm::setMinReplicasToWrite, i18n);
        addSetting(grid, 1, "minReplicasMaxLag", "heartbeat.maxLag", 0, 3600, vm, MasterHealth::maxLagSeconds,
                vm::setMinReplicasMaxLag, i18n);
        return grid;
    }

    private static void addSetting(GridPane grid, int row, String id, String key, int min, int max,
                                   HeartbeatViewModel vm, ToIntFunction<MasterHealth> current, Consumer<Integer> set,
                                   I18n i18n) {
        Label name = new Label();
        name.textProperty().bind(i18n.text(key));
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                current.applyAsInt(vm.health())));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        spinner.accessibleTextProperty().bind(i18n.text(key + ".accessible"));
        name.setLabelFor(spinner);
        // The spinner follows the master's value when it changes (from here, the console, a lesson).
        vm.healthProperty().addListener((obs, old, now) -> {
            if (current.applyAsInt(old) != current.applyAsInt(now) || !Objects.equals(old.master(), now.master())) {
                spinner.getValueFactory().setValue(current.applyAsInt(now));
            }
        });
        Button apply = new Button();
        apply.setId(id + "Set");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.textProperty().bind(i18n.text("heartbeat.set"));
        apply.accessibleTextProperty().bind(i18n.text(key + ".set.accessible"));
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.health().master() == null, vm.healthProperty()));
        apply.setOnAction(e -> {
            spinner.increment(0); // takes in a value typed but not yet committed
            set.accept(spinner.getValue());
        });
        GridPane.setHgrow(name, Priority.ALWAYS);
        grid.addRow(row, name, spinner, apply);
        GridPane.setHalignment(apply, HPos.RIGHT);
        name.setAlignment(Pos.CENTER_LEFT);
    }

    /** Two lines a replica: its verdict (in words and symbol as well as colour), then its numbers. */
    private static final class ReplicaCell extends ListCell<ReplicaHealth> {
        private final HeartbeatViewModel vm;
        private final I18n i18n;
        private final Label verdict = new Label();
        private final Label detail = new Label();
        private final VBox lines = new VBox(1, verdict, detail);

        ReplicaCell(HeartbeatViewModel vm, I18n i18n) {
            this.vm = vm;
            this.i18n = i18n;
            verdict.getStyleClass().add("replica-verdict");
            // No sideways scrolling: a cell is as wide as the list, and long words end in an ellipsis.
            setPrefWidth(0);
            detail.getStyleClass().add("replica-detail");
        }

        @Override
        protected void updateItem(ReplicaHealth replica, boolean empty) {
            super.updateItem(replica, empty);
            getStyleClass().removeAll("good", "not-good");
            setText(null);
            if (empty || replica == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String seconds = String.format(Locale.ROOT, "%.1f", replica.msSinceAck() / 1000.0);
            String judged = replica.good() ? i18n.get("heartbeat.replica.good")
                    : !replica.state().equals("online") ? i18n.get("heartbeat.replica.notOnline", replica.state())
                    : i18n.get("heartbeat.replica.late", Integer.toString(vm.health().maxLagSeconds()));
            verdict.setText(i18n.get("heartbeat.replica", replica.good() ? "✓" : "✗", replica.name(), judged));
            detail.setText(i18n.get("heartbeat.replica.detail", seconds, Long.toString(replica.lagSeconds()),
                    Long.toString(replica.ackOffset())));
            getStyleClass().add(replica.good() ? "good" : "not-good");
            setGraphic(lines);
            setAccessibleText(verdict.getText() + ". " + detail.getText());
        }
    }
}
