package com.replicationlab.ui.window;

import com.replicationlab.ui.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The "?" sheet: every keyboard shortcut and how to reach the canvas's operations, over the window. */
final class HelpSheet {
    /** Each shortcut: its keys as printed, and the resource key of what it does. */
    private static final List<String[]> KEYS = List.of(
            new String[] {"Space", "help.key.play"},
            new String[] {"→", "help.key.step"},
            new String[] {"←", "help.key.stepBack"},
            new String[] {"+  /  −", "help.key.speed"},
            new String[] {"Shift+R", "help.key.reset"},
            new String[] {"W", "help.key.write"},
            new String[] {"N", "help.key.nextNode"},
            new String[] {"K", "help.key.nextPacket"},
            new String[] {"Enter", "help.key.nodeMenu"},
            new String[] {"L", "help.key.linkMenu"},
            new String[] {"P", "help.key.presentation"},
            new String[] {"Ctrl+L", "help.key.lessons"},
            new String[] {"PgDn  /  PgUp", "help.key.lessonSteps"},
            new String[] {"F11", "help.key.fullScreen"},
            new String[] {"F12", "help.key.frames"},
            new String[] {"?", "help.key.help"},
            new String[] {"Esc", "help.key.close"});

    private final StackPane overlay = new StackPane();

    HelpSheet(I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("help.title"));
        title.getStyleClass().add("help-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        int row = 0;
        for (String[] key : KEYS) {
            Label keys = new Label(key[0]);
            keys.getStyleClass().add("help-keys");
            Label what = new Label();
            what.textProperty().bind(i18n.text(key[1]));
            what.setWrapText(true);
            grid.addRow(row++, keys, what);
        }
        Label mouse = new Label();
        mouse.textProperty().bind(i18n.text("help.mouse"));
        mouse.setWrapText(true);
        mouse.getStyleClass().add("help-mouse");
        Button close = new Button();
        close.setId("closeHelp");
        close.textProperty().bind(i18n.text("help.close"));
        close.setOnAction(e -> hide());
        VBox sheet = new VBox(14, title, grid, mouse, close);
        sheet.getStyleClass().add("help-sheet");
        sheet.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        overlay.getChildren().add(sheet);
        overlay.getStyleClass().add("help-overlay");
        overlay.setId("help");
        overlay.setVisible(false);
        overlay.setOnMouseClicked(e -> {
            if (e.getTarget() == overlay) {
                hide();
            }
        });
    }

    Node view() {
        return overlay;
    }

    boolean isShowing() {
        return overlay.isVisible();
    }

    void toggle() {
        overlay.setVisible(!overlay.isVisible());
    }

    void hide() {
        overlay.setVisible(false);
    }
}
