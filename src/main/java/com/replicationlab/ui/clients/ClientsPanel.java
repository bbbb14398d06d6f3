package com.replicationlab.ui.clients;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * What clients see: refused writes and why, WAIT's answers and who made them, writes lost in a
 * failover — newest first, each with the facts that explain it.
 */
public final class ClientsPanel implements LabPanel {

    @Override
    public String titleKey() {
        return "panel.clients";
    }

    @Override
    public Slot slot() {
        return Slot.BOTTOM;
    }

    /** A refusal or a failover is news when it happens: the notices are collected from the start. */
    @Override
    public boolean listensFromStart() {
        return true;
    }

    @Override
    public Node create(PanelContext context) {
        I18n i18n = context.i18n();
        ClientsViewModel vm = new ClientsViewModel(context.model());
        ListView<ClientNotice> list = new ListView<>(vm.notices());
        list.setId("clientNotices");
        list.getStyleClass().add("client-notices");
        list.accessibleTextProperty().bind(i18n.text("clients.accessible"));
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("clients.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("panel-hint");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new NoticeCell(i18n, view));
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        return list;
    }

    private static final class NoticeCell extends ListCell<ClientNotice> {
        private final I18n i18n;
        private final ListView<ClientNotice> list;

        NoticeCell(I18n i18n, ListView<ClientNotice> list) {
            this.i18n = i18n;
            this.list = list;
        }

        @Override
        protected void updateItem(ClientNotice notice, boolean empty) {
            super.updateItem(notice, empty);
            setText(null);
            if (empty || notice == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label title = new Label(NoticeText.title(notice, i18n));
            title.getStyleClass().addAll("notice-title", styleOf(notice));
            title.setWrapText(true);
            VBox box = new VBox(3, title);
            StringBuilder spoken = new StringBuilder(title.getText());
            for (String line : NoticeText.lines(notice, i18n)) {
                Label detail = new Label(line);
                detail.getStyleClass().add("notice-line");
                detail.setWrapText(true);
                box.getChildren().add(detail);
                spoken.append(". ").append(line);
            }
            box.maxWidthProperty().bind(list.widthProperty().subtract(40));
            box.getStyleClass().add("notice");
            setGraphic(box);
            setAccessibleText(spoken.toString());
        }

        private static String styleOf(ClientNotice notice) {
            if (notice instanceof ClientNotice.Refused) {
                return "notice-refused";
            }
            return notice instanceof ClientNotice.WaitAnswered ? "notice-wait" : "notice-lost";
        }
    }
}
