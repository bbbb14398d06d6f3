package com.replicationlab.ui.window;

import com.replicationlab.ui.lesson.LessonPlayer;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The lessons' keys, ahead of the lab's: Ctrl+L (⌘L) shows the list of lessons; Page Down / Page
 * Up move through an open lesson's steps; in demo mode → and ← do too (the lab's step keys give
 * way, so a presenter's clicker advances the lesson).
 */
final class LessonKeys {
    private final LessonPlayer lessons;
    private final Runnable picker;

    LessonKeys(LessonPlayer lessons, Runnable picker) {
        this.lessons = lessons;
        this.picker = picker;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && event.getCode() == KeyCode.L) {
                picker.run();
                event.consume();
                return;
            }
            if (lessons.lesson() == null || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            boolean demo = lessons.demoProperty().get();
            KeyCode code = event.getCode();
            if (code == KeyCode.PAGE_DOWN || demo && code == KeyCode.RIGHT) {
                lessons.next();
                event.consume();
            } else if (code == KeyCode.PAGE_UP || demo && code == KeyCode.LEFT) {
                lessons.back();
                event.consume();
            } else if (demo && code == KeyCode.ESCAPE) {
                lessons.demoProperty().set(false);
                event.consume();
            }
        });
    }
}
