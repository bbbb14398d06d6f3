package com.replicationlab.ui.clock;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.Locale;

/**
 * The clock's controls: play/pause, step, step back, speed, reset, the virtual time (always in
 * view); then the cluster's: its shape (which starts a fresh lab) and a write on the master, so
 * there is always something to replicate.
 */
public final class ClockBar {
    /** The style class of controls that presentation mode hides to leave room for large type. */
    public static final String SECONDARY = "secondary-control";

    private final LabViewModel model;
    private final I18n i18n;

    public ClockBar(LabViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** The controls, left to right. */
    public Node[] controls() {
        Button play = button("play", null, model::togglePlaying);
        play.textProperty().bind(Bindings.when(model.playingProperty()).then(i18n.text("clock.pause"))
                .otherwise(i18n.text("clock.play")));
        play.getStyleClass().add("play-button");
        tooltip(play, "clock.play.tip");
        Button step = button("step", "clock.step", model::step);
        tooltip(step, "clock.step.tip");
        Button back = button("stepBack", "clock.stepBack", model::stepBack);
        tooltip(back, "clock.stepBack.tip");
        Button slower = button("slower", null, model::slower);
        slower.setText("−");
        slower.accessibleTextProperty().bind(i18n.text("clock.slower"));
        tooltip(slower, "clock.slower");
        Label speed = new Label();
        speed.setId("speed");
        speed.getStyleClass().add("speed-label");
        speed.textProperty().bind(Bindings.createStringBinding(() -> speedText(model.speed()), model.speedProperty()));
        Button faster = button("faster", null, model::faster);
        faster.setText("+");
        faster.accessibleTextProperty().bind(i18n.text("clock.faster"));
        tooltip(faster, "clock.faster");
        Button reset = button("reset", "clock.reset", model::reset);
        tooltip(reset, "clock.reset.tip");
        HBox speedBox = new HBox(2, slower, speed, faster);
        speedBox.getStyleClass().add("speed-box");
        Button write = button("writeKey", "cluster.write", model::writeKey);
        tooltip(write, "cluster.write.tip");
        Node cluster = new ClusterMenu(model, i18n).view();
        cluster.getStyleClass().add(SECONDARY);
        return new Node[] {play, step, back, speedBox, reset, time(), cluster, write};
    }

    /** The virtual time, always in view (the step number is in the status line). */
    private Node time() {
        Label time = new Label();
        time.setId("time");
        time.getStyleClass().add("clock-time");
        time.textProperty().bind(Bindings.createStringBinding(() -> {
            LabSnapshot s = model.snapshot();
            return i18n.get("clock.time", String.format(Locale.ROOT, "%.3f", s == null ? 0 : s.timeMs() / 1000.0));
        }, model.snapshotProperty(), i18n.localeProperty()));
        return time;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        if (key != null) {
            button.textProperty().bind(i18n.text(key));
        }
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(true);
        return button;
    }

    private void tooltip(Control control, String key) {
        Tooltip tip = new Tooltip();
        StringBinding text = i18n.text(key);
        tip.textProperty().bind(text);
        control.setTooltip(tip);
        if (control.getAccessibleHelp() == null) {
            control.accessibleHelpProperty().bind(text);
        }
    }

    static String speedText(double speed) {
        return (speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed)) + "×";
    }
}
