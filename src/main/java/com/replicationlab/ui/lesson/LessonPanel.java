package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Lesson;
import com.replicationlab.ui.i18n.I18n;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The lesson beside the lab: the lesson's title and where the student is, the step (see
 * {@link StepView}) in a scrolling column, and Back / Next. In demo mode its type is large and a
 * speed for the lesson's actions can be chosen.
 */
public final class LessonPanel {
    /** Demo speeds: the pause before each of the lesson's actions, in ms. */
    private static final List<Integer> DEMO_DELAYS = List.of(1500, 800, 300, 0);

    private final LessonPlayer player;
    private final I18n i18n;
    private final BorderPane view = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final Label title = new Label();
    private final Label where = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    /** Where the step on screen was waiting when last drawn, to see that it has moved on. */
    private int drawnCursor = -1;

    public LessonPanel(LessonPlayer player, I18n i18n, Runnable openPicker) {
        this.player = player;
        this.i18n = i18n;
        view.setId("lessonPanel");
        view.getStyleClass().add("lesson-panel");
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        where.setId("lessonWhere");
        where.getStyleClass().add("lesson-where");
        Button lessons = new Button();
        lessons.setId("lessonList");
        lessons.textProperty().bind(i18n.text("lesson.all"));
        lessons.setOnAction(e -> openPicker.run());
        ToggleButton demo = new ToggleButton();
        demo.setId("lessonDemo");
        demo.textProperty().bind(i18n.text("lesson.demo"));
        demo.selectedProperty().bindBidirectional(player.demoProperty());
        Button close = new Button("×");
        close.setId("lessonClose");
        close.accessibleTextProperty().bind(i18n.text("lesson.close"));
        close.setOnAction(e -> player.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(8, lessons, demo, demoSpeed(), spring, close);
        top.getStyleClass().add("lesson-top");
        VBox header = new VBox(4, top, title, where);
        header.getStyleClass().add("lesson-header");
        back.setId("lessonBack");
        back.setOnAction(e -> player.back());
        next.setId("lessonNext");
        next.setOnAction(e -> player.next());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, back, gap, next);
        footer.getStyleClass().add("lesson-footer");
        scroll.setFitToWidth(true);
        scroll.setId("lessonScroll");
        scroll.getStyleClass().add("lesson-scroll");
        view.setTop(header);
        view.setCenter(scroll);
        view.setBottom(footer);
        player.demoProperty().addListener((obs, old, on) -> {
            if (on) {
                view.getStyleClass().add("demo");
            } else {
                view.getStyleClass().remove("demo");
            }
        });
        InvalidationListener redraw = this::redraw;
        player.revisionProperty().addListener(redraw);
        player.stepProperty().addListener(redraw);
        player.lessonProperty().addListener(redraw);
        player.busyProperty().addListener(obs -> buttons());
        i18n.localeProperty().addListener(redraw);
    }

    private Node demoSpeed() {
        ChoiceBox<Integer> speed = new ChoiceBox<>();
        speed.setId("demoSpeed");
        speed.getItems().setAll(DEMO_DELAYS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer delay) {
                return delay == null ? "" : i18n.get("lesson.demoSpeed." + DEMO_DELAYS.indexOf(delay));
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        speed.setValue(player.demoDelayMsProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> player.demoDelayMsProperty().set(now));
        speed.visibleProperty().bind(player.demoProperty());
        speed.managedProperty().bind(player.demoProperty());
        return speed;
    }

    public Node view() {
        return view;
    }

    private void redraw(Observable changed) {
        Lesson lesson = player.lesson();
        if (lesson == null) {
            scroll.setContent(null);
            return;
        }
        title.setText(lesson.title());
        where.setText(i18n.get("lesson.where", player.step() + 1, lesson.steps().size()));
        double at = scroll.getVvalue();
        boolean sameStep = changed == player.revisionProperty() || changed == i18n.localeProperty();
        boolean movedOn = sameStep && player.state().cursor() != drawnCursor;
        drawnCursor = player.state().cursor();
        scroll.setContent(new StepView(player, i18n).build());
        // A new step starts at its top; one that has moved on shows what came (at the bottom);
        // any other change keeps the reading position.
        scroll.setVvalue(!sameStep ? 0 : movedOn ? 1 : at);
        buttons();
    }

    private void buttons() {
        back.setText(i18n.get("lesson.back"));
        next.setText(i18n.get(player.hasNext() ? "lesson.next" : "lesson.finish"));
        back.setDisable(player.busyProperty().get() || !player.hasBack());
        next.setDisable(player.busyProperty().get() || player.lesson() == null);
    }
}
