package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Block;
import com.replicationlab.lesson.BlockRef;
import com.replicationlab.lesson.Lesson;
import com.replicationlab.lesson.LessonProgress;
import com.replicationlab.lesson.Step;
import com.replicationlab.lesson.TaskBlock;
import com.replicationlab.ui.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The list of lessons over the window: each with the student's progress (steps reached, tasks
 * done, finished), a button to open it where they left off and one to start it afresh.
 */
public final class LessonPicker {
    private final LessonPlayer player;
    private final I18n i18n;
    private final StackPane overlay = new StackPane();
    private final VBox sheet = new VBox(12);

    public LessonPicker(LessonPlayer player, I18n i18n) {
        this.player = player;
        this.i18n = i18n;
        sheet.getStyleClass().addAll("help-sheet", "lesson-picker");
        sheet.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        overlay.getChildren().add(sheet);
        overlay.getStyleClass().add("help-overlay");
        overlay.setId("lessonPicker");
        overlay.setVisible(false);
        overlay.setOnMouseClicked(e -> {
            if (e.getTarget() == overlay) {
                hide();
            }
        });
        i18n.localeProperty().addListener(obs -> {
            if (isShowing()) {
                fill();
            }
        });
    }

    public Node view() {
        return overlay;
    }

    public boolean isShowing() {
        return overlay.isVisible();
    }

    public void show() {
        fill();
        overlay.setVisible(true);
    }

    public void hide() {
        overlay.setVisible(false);
    }

    public void toggle() {
        if (isShowing()) {
            hide();
        } else {
            show();
        }
    }

    private void fill() {
        Label title = new Label(i18n.get("lesson.pickerTitle"));
        title.getStyleClass().add("help-title");
        sheet.getChildren().setAll(title);
        player.library().progress().notice().ifPresent(notice -> sheet.getChildren().add(wrapped(notice, "lesson-notice")));
        List<Lesson> lessons = player.library().course().lessons(player.library().languageFor(i18n.locale()));
        if (lessons.isEmpty()) {
            sheet.getChildren().add(wrapped(i18n.get("lesson.none"), "lesson-notice"));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("help-grid", "lesson-grid");
        int row = 0;
        for (Lesson lesson : lessons) {
            Label name = new Label((row + 1) + ". " + lesson.title());
            name.getStyleClass().add("lesson-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label progress = new Label(progressText(lesson, player.progress(lesson.id())));
            progress.setId("progress-" + lesson.id());
            progress.getStyleClass().add("lesson-progress");
            Button open = new Button(i18n.get("lesson.open"));
            open.setId("open-" + lesson.id());
            open.setMinWidth(Button.USE_PREF_SIZE);
            open.setOnAction(e -> {
                hide();
                player.open(lesson.id());
            });
            Button reset = new Button(i18n.get("lesson.reset"));
            reset.setId("reset-" + lesson.id());
            reset.setMinWidth(Button.USE_PREF_SIZE);
            reset.setDisable(!player.progress(lesson.id()).isStarted());
            reset.setOnAction(e -> {
                player.reset(lesson.id());
                fill();
            });
            grid.addRow(row++, name, progress, open, reset);
        }
        Button close = new Button(i18n.get("help.close"));
        close.setId("closeLessons");
        close.setOnAction(e -> hide());
        sheet.getChildren().addAll(grid, close);
    }

    /** "Step 3 of 5 · tasks 1 of 2", "Finished · tasks 2 of 2", or "Not started". */
    private String progressText(Lesson lesson, LessonProgress progress) {
        if (!progress.isStarted()) {
            return i18n.get("lesson.notStarted");
        }
        int tasks = 0;
        int done = 0;
        for (Step step : lesson.steps()) {
            List<Block> activities = step.activities();
            for (int i = 0; i < activities.size(); i++) {
                if (activities.get(i) instanceof TaskBlock) {
                    tasks++;
                    done += progress.tasksDone().contains(new BlockRef(step.index(), i)) ? 1 : 0;
                }
            }
        }
        return progress.finished() ? i18n.get("lesson.progressFinished", done, tasks)
                : i18n.get("lesson.progress", progress.reached() + 1, lesson.steps().size(), done, tasks);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
