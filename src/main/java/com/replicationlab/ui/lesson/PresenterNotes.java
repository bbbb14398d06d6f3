package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Step;
import com.replicationlab.ui.i18n.I18n;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * The teacher's own window in demo mode: the step's presenter notes (a lesson's {@code notes}
 * blocks), never shown on the projected window. It follows the lesson step by step and closes
 * when demo mode ends.
 */
public final class PresenterNotes {
    private static final double WIDTH = 520;
    private static final double HEIGHT = 420;

    private final LessonPlayer player;
    private final I18n i18n;
    private final VBox content = new VBox(10);
    private Stage stage;

    public PresenterNotes(LessonPlayer player, I18n i18n) {
        this.player = player;
        this.i18n = i18n;
        content.setId("presenterNotes");
        content.getStyleClass().add("presenter-notes");
        player.demoProperty().addListener(obs -> update());
        player.lessonProperty().addListener(obs -> update());
        player.stepProperty().addListener(obs -> update());
        i18n.localeProperty().addListener(obs -> update());
    }

    /**
     * Makes the notes window: owned by the projected one, styled like it, and with the same lesson
     * keys ({@code keys} installs them), since it is the window the teacher has in front of them.
     */
    public void attach(Window owner, ObservableList<String> stylesheets, Consumer<Scene> keys) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("lesson.notesTitle"));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        stylesheets.addListener((javafx.collections.ListChangeListener<String>) change ->
                scene.getStylesheets().setAll(stylesheets));
        keys.accept(scene);
        stage.setScene(scene);
        update();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private void update() {
        boolean wanted = player.demoProperty().get() && player.lesson() != null;
        if (wanted) {
            Step step = player.lesson().step(player.step());
            Label heading = new Label(i18n.get("lesson.where", player.step() + 1, player.lesson().steps().size())
                    + " — " + step.title());
            heading.setWrapText(true);
            heading.getStyleClass().add("lesson-step-title");
            content.getChildren().setAll(heading);
            content.getChildren().add(step.notes().isEmpty()
                    ? new Label(i18n.get("lesson.noNotes"))
                    : new MarkdownNodes(StepView.imageFolder(player)).render(step.notes()));
        }
        if (stage == null) {
            return;
        }
        if (wanted && !stage.isShowing()) {
            stage.show();
        } else if (!wanted && stage.isShowing()) {
            stage.hide();
        }
    }
}
