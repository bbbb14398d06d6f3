package com.replicationlab.ui.window;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.ui.EventWords;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.session.ActionOutcome;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.text.NumberFormat;
import java.util.Locale;

/** The line at the bottom: what came of the last action, what the next step will do, and a hint. */
final class StatusBar {
    /** How redis-cli (and so the action language) prints an error reply. */
    private static final String ERROR_REPLY = "(error)";

    private final LabViewModel model;
    private final I18n i18n;

    StatusBar(LabViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    Node view() {
        Label outcome = new Label();
        outcome.setId("outcome");
        outcome.getStyleClass().add("status-outcome");
        outcome.textProperty().bind(Bindings.createStringBinding(() -> {
            ActionOutcome last = model.lastOutcomeProperty().get();
            if (last == null) {
                return i18n.get("status.ready");
            }
            String detail = EventWords.outcome(last.wording(), last.detail(), i18n);
            if (last.action() == null) {
                return detail;
            }
            if (last.accepted() && last.detail().isEmpty()) {
                return i18n.get("status.doneQuietly", last.action().text());
            }
            return last.accepted() && !last.detail().startsWith(ERROR_REPLY)
                    ? i18n.get("status.done", last.action().text(), detail)
                    : i18n.get("status.refused", last.action().text(), detail);
        }, model.lastOutcomeProperty(), i18n.localeProperty()));
        model.lastOutcomeProperty().addListener((obs, old, now) -> {
            outcome.getStyleClass().removeAll("status-refused");
            if (now != null && (!now.accepted() || now.detail().startsWith(ERROR_REPLY))) {
                outcome.getStyleClass().add("status-refused");
            }
        });
        model.onSteppedOver(action -> model.inform(i18n.get("status.steppedOver", action.text())));
        Label events = new Label();
        events.setId("events");
        events.getStyleClass().add("status-events");
        events.setMinWidth(Region.USE_PREF_SIZE);
        events.textProperty().bind(Bindings.createStringBinding(() -> {
            LabSnapshot s = model.snapshot();
            return i18n.get("clock.events", NumberFormat.getIntegerInstance(Locale.ENGLISH).format(s == null ? 0 : s.eventsRun()));
        }, model.snapshotProperty(), i18n.localeProperty()));
        Label next = new Label();
        next.setId("nextEvent");
        next.getStyleClass().add("status-next");
        next.textProperty().bind(Bindings.createStringBinding(() -> {
            LabSnapshot s = model.snapshot();
            return s == null || s.nextEvent().isEmpty() ? ""
                    : i18n.get("status.next", EventWords.words(s.nextEventWording(), s.nextEvent(), i18n));
        }, model.snapshotProperty(), i18n.localeProperty()));
        next.setMinWidth(0);
        Label hint = new Label();
        hint.getStyleClass().add("status-hint");
        hint.textProperty().bind(i18n.text("status.hint"));
        hint.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(next, Priority.SOMETIMES);
        HBox bar = new HBox(16, outcome, gap, events, next, hint);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
