package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Answer;
import com.replicationlab.lesson.AnswerQuery;
import com.replicationlab.lesson.Block;
import com.replicationlab.lesson.LabBlock;
import com.replicationlab.lesson.PredictBlock;
import com.replicationlab.lesson.Prose;
import com.replicationlab.lesson.QuizBlock;
import com.replicationlab.lesson.Step;
import com.replicationlab.lesson.TaskBlock;
import com.replicationlab.ui.EventWords;
import com.replicationlab.ui.i18n.I18n;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;

/**
 * One step of a lesson as the student sees it: its prose and blocks in order, up to the activity
 * it waits on (what comes after would give the answer away). Built afresh from the player's state
 * whenever it changes; every control reports to the player, which does the rest.
 */
final class StepView {
    private final LessonPlayer player;
    private final I18n i18n;
    private final MarkdownNodes markdown;

    StepView(LessonPlayer player, I18n i18n) {
        this.player = player;
        this.i18n = i18n;
        this.markdown = new MarkdownNodes(imageFolder(player));
    }

    /** Images are written relative to the lesson file, e.g. {@code ../../assets/ring.png}. */
    static Path imageFolder(LessonPlayer player) {
        Path folder = player.library().folder();
        return folder == null ? null : folder.resolve(player.lesson().language());
    }

    VBox build() {
        Step step = player.lesson().step(player.step());
        StepState state = player.state();
        VBox content = new VBox();
        content.getStyleClass().add("lesson-step");
        Label title = new Label(step.title());
        title.setId("stepTitle");
        title.setWrapText(true);
        title.getStyleClass().add("lesson-step-title");
        content.getChildren().add(title);
        int activity = -1;
        for (Block block : step.blocks()) {
            if (!(block instanceof Prose)) {
                activity++;
            }
            if (activity > state.cursor() || activity == state.cursor() && block instanceof Prose) {
                break;
            }
            Node node = node(block, activity, state);
            if (node != null) {
                content.getChildren().add(node);
            }
        }
        return content;
    }

    private Node node(Block block, int activity, StepState state) {
        if (block instanceof Prose prose) {
            return markdown.render(prose.markdown());
        }
        if (block instanceof LabBlock lab) {
            return lab(lab, activity);
        }
        if (block instanceof TaskBlock task) {
            return task(task, activity, state);
        }
        if (block instanceof QuizBlock quiz) {
            return quiz(quiz, activity, state);
        }
        if (block instanceof PredictBlock predict) {
            return predict(predict, activity, state);
        }
        return null; // notes: the presenter's window shows them, in demo mode only
    }

    private Node lab(LabBlock lab, int activity) {
        Label heading = small("lesson.lab");
        Label lines = new Label(String.join("\n", lab.lines()));
        lines.getStyleClass().add("md-code-block");
        lines.setWrapText(true);
        lines.setMaxWidth(Double.MAX_VALUE);
        Button run = button("run-" + activity, "lesson.runThis");
        run.disableProperty().bind(player.busyProperty());
        run.setOnAction(e -> player.runLab(activity));
        return box("lesson-lab", heading, lines, run);
    }

    private Node task(TaskBlock task, int activity, StepState state) {
        boolean met = state.isMet(activity);
        Label mark = new Label(i18n.get(met ? "lesson.task.done" : "lesson.task.todo"));
        mark.setId("task-" + activity);
        mark.getStyleClass().addAll("lesson-task-mark", met ? "met" : "open");
        VBox box = box("lesson-task", mark, markdown.render(task.text()));
        box.getStyleClass().add(met ? "met" : "open");
        // The goal as the lab checks it, without the word "expect" the student does not type.
        List<String> goal = task.goalLines().stream().map(line -> line.replaceFirst("^expect\\s+", "")).toList();
        Label goalLabel = new Label(i18n.get("lesson.task.goal") + "  " + String.join("   ", goal));
        goalLabel.getStyleClass().add("lesson-goal");
        goalLabel.setWrapText(true);
        box.getChildren().add(goalLabel);
        for (int i = 0; i < state.hints(activity); i++) {
            VBox hint = markdown.render(task.hints().get(i));
            hint.getStyleClass().add("lesson-hint");
            box.getChildren().add(hint);
        }
        if (!met) {
            Button hint = button("hint-" + activity, "lesson.hint");
            hint.setDisable(state.hints(activity) >= task.hints().size());
            hint.setOnAction(e -> player.showHint(activity));
            Button solve = button("solve-" + activity, "lesson.solution");
            solve.disableProperty().bind(player.busyProperty());
            solve.setOnAction(e -> player.showSolution(activity));
            box.getChildren().add(new HBox(8, hint, solve));
        }
        return box;
    }

    private Node quiz(QuizBlock quiz, int activity, StepState state) {
        VBox box = box("lesson-quiz", small("lesson.quiz"), markdown.render(quiz.question()));
        Integer chosen = state.quizChoice(activity);
        for (int i = 0; i < quiz.choices().size(); i++) {
            int choice = i;
            // A short button and the choice's text beside it: the text wraps with the panel's width.
            Button option = new Button(String.valueOf((char) ('A' + i)));
            option.setId("quiz-" + activity + "-" + i);
            option.setMinWidth(Button.USE_PREF_SIZE);
            option.getStyleClass().add("lesson-choice");
            if (chosen != null && chosen == i) {
                option.getStyleClass().add(quiz.isRight(i) ? "right" : "wrong");
            }
            option.setOnAction(e -> player.choose(activity, choice));
            // A border pane gives the wrapping text its true width (an HBox misjudges it and cuts a line).
            BorderPane row = new BorderPane(markdown.render(quiz.choices().get(i).text()));
            row.setLeft(option);
            BorderPane.setMargin(option, new Insets(0, 8, 0, 0));
            row.getStyleClass().add("lesson-choice-row");
            box.getChildren().add(row);
        }
        if (chosen != null) {
            boolean right = quiz.isRight(chosen);
            Label verdict = new Label(i18n.get(right ? "lesson.right" : "lesson.wrong"));
            verdict.setId("quiz-" + activity + "-verdict");
            verdict.getStyleClass().addAll("lesson-verdict", right ? "right" : "wrong");
            box.getChildren().addAll(verdict, markdown.render(quiz.choices().get(chosen).explanation()));
        }
        return box;
    }

    private Node predict(PredictBlock predict, int activity, StepState state) {
        VBox box = box("lesson-predict", small("lesson.predict"), markdown.render(predict.question()));
        StepState.Revealed revealed = state.revealed(activity);
        if (revealed == null) {
            TextField guess = new TextField();
            guess.setId("guess-" + activity);
            guess.setPromptText(i18n.get(predict.answer() instanceof AnswerQuery.Reply
                    ? "lesson.guessReplyPrompt" : "lesson.guessPrompt"));
            HBox.setHgrow(guess, Priority.ALWAYS);
            Button check = button("check-" + activity, "lesson.check");
            check.disableProperty().bind(player.busyProperty().or(guess.textProperty().isEmpty()));
            check.setOnAction(e -> player.predict(activity, guess.getText()));
            guess.setOnAction(e -> {
                if (!check.isDisabled()) {
                    player.predict(activity, guess.getText());
                }
            });
            box.getChildren().add(new HBox(8, guess, check));
            return box;
        }
        Answer lab = revealed.answer();
        String answer = lab.available() ? lab.shown() : EventWords.outcome(lab.why(), lab.shown(), i18n);
        String key = revealed.guess().isEmpty() ? "lesson.labSays"
                : revealed.right() ? "lesson.predictRight" : "lesson.predictWrong";
        Label verdict = new Label(i18n.get(key, revealed.guess(), answer));
        verdict.setId("predict-" + activity + "-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("lesson-verdict");
        if (!revealed.guess().isEmpty()) {
            verdict.getStyleClass().add(revealed.right() ? "right" : "wrong");
        }
        box.getChildren().addAll(verdict, markdown.render(predict.why(answer)));
        return box;
    }

    private Label small(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("lesson-block-kind");
        return label;
    }

    private Button button(String id, String key) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    private static VBox box(String styleClass, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().addAll("lesson-block", styleClass);
        return box;
    }
}
