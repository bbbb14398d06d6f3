package com.replicationlab.ui.eventlog;

import com.replicationlab.lab.TraceRecord;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import java.util.Locale;

/**
 * The trace in words, newest at the bottom, following the tail. Each line is coloured by kind
 * (and says its kind, so it reads without colour). Keyboard navigable: it is a list.
 */
public final class EventLogPanel implements LabPanel {

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
        ListView<TraceRecord> list = new ListView<>(context.model().trace());
        list.setId("eventLog");
        list.getStyleClass().add("event-log");
        list.accessibleTextProperty().bind(context.i18n().text("panel.eventLog"));
        list.setCellFactory(view -> new RecordCell());
        new TailFollower(list, context.ui()).start();
        return list;
    }

    private static final class RecordCell extends ListCell<TraceRecord> {
        private String kindClass;

        @Override
        protected void updateItem(TraceRecord record, boolean empty) {
            super.updateItem(record, empty);
            if (kindClass != null) {
                getStyleClass().remove(kindClass);
                kindClass = null;
            }
            if (empty || record == null) {
                setText(null);
                return;
            }
            setText(record.format());
            kindClass = "trace-" + record.kind().name().toLowerCase(Locale.ROOT);
            getStyleClass().add(kindClass);
        }
    }
}
