package com.replicationlab.ui.backlog;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.ui.heartbeat.ReplicaMarks;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.inspector.ProblemLabel;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import com.replicationlab.ui.panels.TextCell;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The backlog panel: the ring, its numbers as INFO names them, the last range served from it, the
 * commands it holds, and a control to give the master a small backlog so it can be seen to wrap.
 */
public final class BacklogPanel implements LabPanel {
    /** Sizes offered: small enough to wrap in a lesson, and Redis's default. */
    static final List<String> SIZES = List.of("300", "1000", "16kb", "1mb");

    @Override
    public String titleKey() {
        return "panel.backlog";
    }

    @Override
    public Slot slot() {
        return Slot.SIDE;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        BacklogViewModel vm = new BacklogViewModel(context.model(), context.ui(), context.showing());

        BacklogRing ring = new BacklogRing(i18n);
        ring.setId("backlogRing");
        ring.pictureProperty().bind(vm.pictureProperty());
        ring.accessibleTextProperty().bind(binding(vm, i18n, picture -> summary(picture, i18n)));
        VBox.setVgrow(ring, Priority.SOMETIMES);

        VBox box = new VBox(8, header(vm, i18n), ProblemLabel.of("backlogProblem", vm.problemProperty()), ring, facts(vm, i18n), served(vm, i18n),
                commands(vm, i18n));
        box.getStyleClass().addAll("lab-panel", "backlog-panel");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("panel-scroll");
        return scroll;
    }

    private static Node header(BacklogViewModel vm, I18n i18n) {
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(binding(vm, i18n, p -> p.master() == null ? i18n.get("backlog.title.none")
                : i18n.get("backlog.title", p.master())));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label sizeLabel = new Label();
        sizeLabel.textProperty().bind(i18n.text("backlog.size"));
        ComboBox<String> size = new ComboBox<>();
        size.setId("backlogSize");
        size.setEditable(true);
        size.getItems().setAll(SIZES);
        size.setValue(SIZES.get(0));
        size.setPrefWidth(110);
        size.accessibleTextProperty().bind(i18n.text("backlog.size.accessible"));
        sizeLabel.setLabelFor(size);
        Button set = new Button();
        set.setId("backlogSet");
        set.textProperty().bind(i18n.text("backlog.set"));
        set.accessibleTextProperty().bind(i18n.text("backlog.set.accessible"));
        set.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.picture().master() == null, vm.pictureProperty()));
        Runnable apply = () -> {
            String typed = size.getEditor().getText();
            vm.setBacklogSize(typed == null || typed.isBlank() ? String.valueOf(size.getValue()) : typed);
        };
        set.setOnAction(e -> apply.run());
        size.getEditor().setOnAction(e -> apply.run());
        HBox controls = new HBox(8, sizeLabel, size, set);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, title, controls);
        return header;
    }

    private static Node facts(BacklogViewModel vm, I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("panel-facts");
        // The INFO field names are what students look up, so they keep their full width; the values
        // are short numbers (the size in words is in the ring's centre).
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints shownValues = new ColumnConstraints();
        shownValues.setHgrow(Priority.ALWAYS);
        shownValues.setMinWidth(0);
        grid.getColumnConstraints().setAll(names, shownValues);
        String[] fields = {"repl_backlog_size", "repl_backlog_first_byte_offset", "repl_backlog_histlen",
                "master_repl_offset"};
        List<Function<BacklogView, String>> values = List.of(b -> Long.toString(b.sizeBytes()),
                b -> Long.toString(b.firstByteOffset()), b -> Long.toString(b.histlen()),
                b -> Long.toString(b.masterOffset()));
        for (int i = 0; i < fields.length; i++) {
            Label name = new Label(fields[i]);
            name.getStyleClass().add("fact-name");
            name.setTooltip(new Tooltip(fields[i]));
            Function<BacklogView, String> value = values.get(i);
            Label shown = new Label();
            shown.getStyleClass().add("fact-value");
            shown.setId("backlogFact-" + fields[i]);
            shown.textProperty().bind(binding(vm, i18n, p -> p.backlog() == null ? "—" : value.apply(p.backlog())));
            grid.addRow(i, name, shown);
        }
        return grid;
    }

    private static Node served(BacklogViewModel vm, I18n i18n) {
        Label served = new Label();
        served.setId("backlogServed");
        served.getStyleClass().add("backlog-served");
        served.setWrapText(true);
        served.setMinHeight(Region.USE_PREF_SIZE);
        served.textProperty().bind(Bindings.createStringBinding(() -> {
            ServedRange range = vm.lastServedProperty().get();
            if (range == null) {
                return i18n.get("backlog.served.none");
            }
            String key = range.kind() == ServedRange.Kind.RESEND ? "backlog.served.resend" : "backlog.served.psync";
            return i18n.get(key, Long.toString(range.first()), Long.toString(range.last()),
                    Long.toString(Math.max(0, range.size())), range.replica(),
                    String.format(Locale.ROOT, "%.3f", range.atMs() / 1000.0));
        }, vm.lastServedProperty(), i18n.localeProperty()));
        return served;
    }

    private static Node commands(BacklogViewModel vm, I18n i18n) {
        Label title = new Label();
        title.getStyleClass().add("panel-subtitle");
        title.textProperty().bind(i18n.text("backlog.commands"));
        ListView<StreamCommand> list = new ListView<>(vm.commands());
        list.setId("backlogCommands");
        list.getStyleClass().add("backlog-commands");
        list.setPrefHeight(170);
        list.setMinHeight(90);
        list.accessibleTextProperty().bind(i18n.text("backlog.commands"));
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("backlog.commands.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new TextCell<>(command -> row(command, vm.picture(), i18n),
                command -> servedClass(command, vm.picture())));
        // The newest command is the one to see.
        vm.commands().addListener((javafx.collections.ListChangeListener<StreamCommand>) c -> {
            if (!vm.commands().isEmpty()) {
                list.scrollTo(vm.commands().size() - 1);
            }
        });
        vm.pictureProperty().addListener((obs, old, now) -> {
            if (old == null || !old.markers().equals(now.markers()) || old.flashes().size() != now.flashes().size()) {
                list.refresh();
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        VBox box = new VBox(4, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /** "Backlog of master: 300 B, holds 202 B (offsets 1..202); replica-1 acknowledged 173 …" */
    static String summary(RingPicture picture, I18n i18n) {
        if (picture.master() == null) {
            return i18n.get("backlog.ring.noMaster");
        }
        BacklogView backlog = picture.backlog();
        if (backlog == null) {
            return i18n.get("backlog.ring.none");
        }
        String acks = picture.markers().stream()
                .map(m -> i18n.get("backlog.summary.ack", m.replica(), Long.toString(m.ackOffset())))
                .collect(Collectors.joining("; "));
        return i18n.get("backlog.summary", picture.master(), ByteSize.text(backlog.sizeBytes()),
                ByteSize.text(backlog.histlen()), Long.toString(backlog.firstByteOffset()),
                Long.toString(backlog.masterOffset()), acks);
    }

    private static StringBinding binding(BacklogViewModel vm, I18n i18n, Function<RingPicture, String> text) {
        ObservableValue<RingPicture> picture = vm.pictureProperty();
        return Bindings.createStringBinding(() -> text.apply(picture.getValue()), picture, i18n.localeProperty());
    }

    /** A held command's row: its offsets, its words, its size, and the replicas that acknowledged it. */
    private static String row(StreamCommand command, RingPicture picture, I18n i18n) {
        String acked = picture.markers().stream().filter(m -> m.ackOffset() >= command.last())
                .map(m -> ReplicaMarks.shortName(m.replica())).collect(Collectors.joining(" "));
        String label = command.cut() ? i18n.get("backlog.command.cut") : command.label();
        return i18n.get("backlog.command", Long.toString(command.first()), Long.toString(command.last()), label,
                Long.toString(command.size()), acked.isEmpty() ? "" : "  ✓ " + acked);
    }

    /** "served" while a range lately served from the backlog covers part of the command (lit on the ring too). */
    private static String servedClass(StreamCommand command, RingPicture picture) {
        boolean served = picture.flashes().stream().anyMatch(f -> command.overlaps(f.range().first(), f.range().last()));
        return served ? "served" : null;
    }
}
