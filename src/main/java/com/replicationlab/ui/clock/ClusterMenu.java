package com.replicationlab.ui.clock;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.session.LabActions;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The cluster's shape. Replicas (1 to 8) and link latency cannot change while the lab runs, so
 * they start a fresh lab (the menu says so). The master's backlog size (a small one overflows, so
 * a lagging replica needs a full resync) and how lost bytes are recovered change the running lab,
 * as actions: {@code config master repl-backlog-size 256}, {@code recovery reconnect}.
 */
final class ClusterMenu {
    private static final List<Long> BACKLOGS = List.of(256L, 1024L, 16 * 1024L, 1024 * 1024L);
    private static final List<Long> LATENCIES_MS = List.of(10L, 50L, 200L, 1000L);
    private static final List<String> RECOVERIES = List.of("resend", "reconnect");

    private final LabViewModel model;
    private final I18n i18n;

    ClusterMenu(LabViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    Node view() {
        MenuButton menu = new MenuButton();
        menu.setId("replicas");
        menu.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("cluster.replicas", model.specProperty().get().replicas()),
                model.specProperty(), i18n.localeProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("cluster.replicas.tip"));
        menu.setTooltip(tip);
        for (int n = 1; n <= ClusterSpec.MAX_REPLICAS; n++) {
            int count = n;
            menu.getItems().add(item("replicas-" + n, i18n.text("cluster.replicas.item", n),
                    spec -> new ClusterSpec(count, spec.latencyMs(), spec.seed(), spec.backlogBytes(), spec.lossRecovery(),
                            spec.basePort())));
        }
        Menu latency = submenu("cluster.latency");
        LATENCIES_MS.forEach(ms -> latency.getItems().add(item("latency-" + ms, i18n.text("cluster.latency.item", ms),
                spec -> new ClusterSpec(spec.replicas(), ms, spec.seed(), spec.backlogBytes(), spec.lossRecovery(),
                        spec.basePort()))));
        MenuItem note = new MenuItem();
        note.textProperty().bind(i18n.text("cluster.freshLab"));
        note.setDisable(true);
        Menu backlog = submenu("cluster.backlog");
        BACKLOGS.forEach(bytes -> backlog.getItems().add(action("backlog-" + bytes, size(bytes),
                () -> model.masterName().map(master -> LabActions.config(master, "repl-backlog-size", Long.toString(bytes))))));
        Menu recovery = submenu("cluster.recovery");
        RECOVERIES.forEach(mode -> recovery.getItems().add(action("recovery-" + mode, i18n.text("cluster.recovery." + mode),
                () -> Optional.of(new LabAction("recovery " + mode)))));
        menu.getItems().addAll(latency, note, new SeparatorMenuItem(), backlog, recovery);
        return menu;
    }

    /** 256 bytes, 16 KB, 1 MB. */
    private StringBinding size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return i18n.text("cluster.size.mb", bytes / (1024 * 1024));
        }
        return bytes >= 1024 ? i18n.text("cluster.size.kb", bytes / 1024) : i18n.text("cluster.size.bytes", bytes);
    }

    private Menu submenu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.text(key));
        return menu;
    }

    /** An action on the running lab (none when there is nothing to act on, e.g. no master is up). */
    private MenuItem action(String id, StringBinding text, Supplier<Optional<LabAction>> action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text);
        item.setOnAction(e -> action.get().ifPresent(model::perform));
        return item;
    }

    /** A fresh lab of a changed cluster. */
    private MenuItem item(String id, StringBinding text, UnaryOperator<ClusterSpec> change) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text);
        item.setOnAction(e -> model.reset(change.apply(model.specProperty().get())));
        return item;
    }
}
