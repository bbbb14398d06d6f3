package com.replicationlab.ui.actionlog;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import com.replicationlab.ui.panels.TextCell;
import com.replicationlab.ui.session.JournalEntry;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import java.util.Locale;

/**
 * Everything done to this lab, as lines of the action language, each with the virtual time and
 * event at which it was applied. Saved, it is a scenario.
 */
public final class ActionLogPanel implements LabPanel {

    @Override
    public String titleKey() {
        return "panel.actionLog";
    }

    @Override
    public Slot slot() {
        return Slot.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        ListView<JournalEntry> list = new ListView<>(context.model().journal());
        list.setId("actionLog");
        list.getStyleClass().add("action-log");
        list.accessibleTextProperty().bind(i18n.text("panel.actionLog"));
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("actionLog.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new TextCell<>(entry -> i18n.get("actionLog.entry",
                String.format(Locale.ROOT, "%.3f", entry.timeMs() / 1000.0), entry.eventsRun(), entry.action().text())));
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        return list;
    }
}
