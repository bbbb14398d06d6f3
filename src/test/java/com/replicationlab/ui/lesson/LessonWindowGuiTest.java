package com.replicationlab.ui.lesson;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lesson.BlockRef;
import com.replicationlab.lesson.LessonProgress;
import com.replicationlab.lesson.ProgressStore;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.Panels;
import com.replicationlab.ui.session.JournalEntry;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.window.LabWindow;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lessons in the real window (headless, Monocle), done the way a student does them: through the
 * lesson panel's controls and the window's console. The course is the project's own lessons/.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("Lessons in the window (TestFX, headless)")
class LessonWindowGuiTest {
    private static final String LESSON = "01-the-lab";
    private static final Path COURSE = Path.of("lessons");

    @TempDir
    Path home;

    private final List<Opened> opened = new ArrayList<>();

    /** One window on its own stage, with its own model. */
    private record Opened(Stage stage, LabViewModel model, LabWindow window, I18n i18n) {
        LessonPlayer lessons() {
            return window.lessons();
        }
    }

    private Path progressFile() {
        return home.resolve(ProgressStore.FILE_NAME);
    }

    /** A fresh window reading the course and the progress file, as a start of the app would. */
    private Opened openWindow(Locale locale) throws Exception {
        Opened window = fx(() -> {
            I18n i18n = new I18n(locale);
            UiExecutor ui = UiExecutor.fx();
            LabViewModel model = new LabViewModel(ClusterSpec.defaults(), ui, System::nanoTime);
            LabWindow labWindow = new LabWindow(model, i18n, new Appearance(), ui, Panels.all(),
                    LessonLibrary.of(COURSE, progressFile()));
            Stage stage = new Stage();
            labWindow.attach(stage, 1400, 900);
            stage.show();
            return new Opened(stage, model, labWindow, i18n);
        });
        opened.add(window);
        return window;
    }

    @AfterEach
    void closeWindows() throws Exception {
        for (Opened window : opened) {
            fx(() -> {
                window.lessons().demoProperty().set(false);
                window.stage().close();
                window.model().close();
                return null;
            });
        }
    }

    /** Seeds the progress file so a lesson opens at {@code step} (the window replays the way there). */
    private void startAt(int step) throws Exception {
        ProgressStore.open(progressFile()).update(LESSON, p -> p.atStep(step));
    }

    private void open(Opened window, FxRobot robot) throws Exception {
        robot.clickOn("#lessons");
        robot.clickOn("#open-" + LESSON);
        settled(window);
    }

    private static void settled(Opened window) throws Exception {
        waitUntil("the lesson's actions have all run",
                () -> window.lessons().lesson() != null && !window.lessons().busyProperty().get());
        window.model().whenIdle().toCompletableFuture().get();
    }

    /** Scrolls the lesson so that a control is in view, as a student would before clicking it. */
    private static String inView(FxRobot robot, String query) throws Exception {
        fx(() -> {
            ScrollPane scroll = robot.lookup("#lessonScroll").query();
            Node node = robot.lookup(query).query();
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
            scroll.layout();
            return null;
        });
        return query;
    }

    private static Optional<Node> find(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery());
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).<Labeled>query().getText());
    }

    private static boolean hasClass(FxRobot robot, String query, String styleClass) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> n.getStyleClass().contains(styleClass)).orElse(false));
    }

    private LessonProgress saved() {
        return ProgressStore.open(progressFile()).lesson(LESSON);
    }

    @Test
    @DisplayName("opening a lesson runs its first lab block through the window's action log, then waits for the guess")
    void openingRunsTheFirstLabBlock(FxRobot robot) throws Exception {
        Opened window = openWindow(Locale.ENGLISH);
        open(window, robot);
        List<String> actions = fx(() -> window.model().journal().stream().map(e -> e.action().text()).toList());
        assertEquals(List.of("advance 500ms", "expect replica-1.master_link_status == \"up\""), actions,
                "the cluster line starts the lab; the rest are logged actions");
        assertEquals("A master, a replica, and a write", text(robot, "#lessonTitle"));
        assertTrue(find(robot, "#guess-1").isPresent(), "the prediction asks for a guess");
        assertTrue(find(robot, "#lessonPanel .md-p").isPresent(), "the prose is rendered from Markdown");
    }

    @Test
    @DisplayName("a prediction's hint fits its field, in English and in Chinese")
    void theHintFits(FxRobot robot) throws Exception {
        startAt(1); // the second step, whose prediction asks for a reply
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Opened window = openWindow(locale);
            open(window, robot);
            TextField guess = fx(() -> robot.from(window.stage().getScene().getRoot())
                    .lookup((Node n) -> n.getId() != null && n.getId().startsWith("guess-")).<TextField>query());
            waitUntil("the field is laid out", () -> fx(guess::getWidth) > 0);
            double[] hintAndRoom = fx(() -> {
                Text hint = new Text(guess.getPromptText());
                hint.setFont(guess.getFont());
                Insets padding = guess.getPadding();
                return new double[] {hint.getLayoutBounds().getWidth(), guess.getWidth() - padding.getLeft() - padding.getRight()};
            });
            assertTrue(hintAndRoom[0] <= hintAndRoom[1], locale + ": a hint of " + hintAndRoom[0] + " px in a field with room for "
                    + hintAndRoom[1]);
            fx(() -> {
                window.stage().close();
                return null;
            });
        }
    }

    @Test
    @DisplayName("a prediction: the student types a guess, the lab answers, and the verdict and reason show")
    void aPredictionIsChecked(FxRobot robot) throws Exception {
        Opened window = openWindow(Locale.ENGLISH);
        open(window, robot);
        robot.clickOn(inView(robot, "#guess-1")).write("0");
        robot.clickOn(inView(robot, "#check-1"));
        settled(window);
        waitUntil("the verdict shows", () -> find(robot, "#predict-1-verdict").isPresent());
        assertEquals("Right: you said 0, the lab says 0.", text(robot, "#predict-1-verdict"));
        assertTrue(hasClass(robot, "#predict-1-verdict", "right"));
        assertEquals(new LessonProgress.Prediction("0", true), saved().predictions().get(new BlockRef(0, 1)));
    }

    @Test
    @DisplayName("a prediction the lab cannot answer (the master crashed) says why in the window's language, in the verdict and the reason")
    void aPredictionWithNoAnswerInChinese(FxRobot robot) throws Exception {
        Opened window = openWindow(Locale.SIMPLIFIED_CHINESE);
        open(window, robot);
        fx(() -> window.model().perform(new LabAction("crash master")));
        settled(window);
        robot.clickOn(inView(robot, "#guess-1")).write("0");
        robot.clickOn(inView(robot, "#check-1"));
        settled(window);
        waitUntil("the verdict shows", () -> find(robot, "#predict-1-verdict").isPresent());
        assertTrue(text(robot, "#predict-1-verdict").contains("master.offset 没有值"), text(robot, "#predict-1-verdict"));
        String shown = fx(() -> allText(robot.lookup("#predict-1-verdict").query().getParent()));
        assertTrue(shown.contains("偏移量是 master.offset 没有值"), shown);
        assertFalse(shown.contains("has no value"), shown);
    }

    /** Every text under {@code node}: labels' and text runs', one after another. */
    private static String allText(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Labeled labeled) {
            out.append(labeled.getText());
        } else if (node instanceof Text text) {
            out.append(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> out.append(allText(child)));
        }
        return out.toString();
    }

    @Test
    @DisplayName("a task done through the console ticks off live, and stays done after the window restarts")
    void aTaskTicksAndPersists(FxRobot robot) throws Exception {
        startAt(4);
        Opened window = openWindow(Locale.ENGLISH);
        open(window, robot);
        assertEquals(4, fx(() -> window.lessons().step()));
        assertTrue(hasClass(robot, "#task-0", "open"), "the task waits for the student");
        robot.clickOn("Console");
        robot.clickOn("#consoleInput").write("SET color blue").type(KeyCode.ENTER);
        robot.clickOn("#consoleInput").write("advance 100ms").type(KeyCode.ENTER);
        waitUntil("the task is ticked", () -> hasClass(robot, "#task-0", "met"));
        assertEquals("☑ Done", text(robot, "#task-0"));
        assertTrue(saved().tasksDone().contains(new BlockRef(4, 0)), "saved at once");
        List<String> actions = fx(() -> window.model().journal().stream().map(JournalEntry::action)
                .map(a -> a.text()).toList());
        assertTrue(actions.contains("master> SET color blue"), "the student's write is in the action log");

        fx(() -> {
            window.stage().close();
            return null;
        });
        Opened again = openWindow(Locale.ENGLISH);
        robot.clickOn("#lessons");
        assertEquals("Step 5 of 5 · tasks 1 of 1", text(robot, "#progress-" + LESSON));
        robot.clickOn("#open-" + LESSON);
        settled(again);
        assertEquals(4, fx(() -> again.lessons().step()));
        assertTrue(hasClass(robot, "#task-0", "met"), "the task is still done after a restart");
    }

    @Test
    @DisplayName("a quiz shows the explanation of the choice made, right or wrong, and keeps the last choice")
    void aQuizExplainsTheChoice(FxRobot robot) throws Exception {
        startAt(2);
        Opened window = openWindow(Locale.ENGLISH);
        open(window, robot);
        robot.clickOn(inView(robot, "#quiz-1-1"));
        waitUntil("the verdict shows", () -> find(robot, "#quiz-1-verdict").isPresent());
        assertEquals("Not quite.", text(robot, "#quiz-1-verdict"));
        assertTrue(fx(() -> robot.lookup(".lesson-quiz .md-text").queryAll().stream()
                .anyMatch(t -> ((javafx.scene.text.Text) t).getText().contains("counts bytes of commands, not keys"))));
        robot.clickOn(inView(robot, "#quiz-1-0"));
        waitUntil("the right answer is marked", () -> hasClass(robot, "#quiz-1-verdict", "right"));
        assertEquals(0, saved().quizChoices().get(new BlockRef(2, 1)));
    }

    @Test
    @DisplayName("demo mode: a key press moves to the next step, and the presenter's window shows its notes")
    void demoModeAdvancesOnAKey(FxRobot robot) throws Exception {
        startAt(3);
        Opened window = openWindow(Locale.ENGLISH);
        open(window, robot);
        fx(() -> {
            window.lessons().demoDelayMsProperty().set(0);
            return null;
        });
        robot.clickOn("#lessonDemo");
        assertTrue(fx(() -> window.lessons().demoProperty().get()));
        robot.type(KeyCode.RIGHT);
        settled(window);
        assertEquals(4, fx(() -> window.lessons().step()), "→ is the next step in demo mode, not the lab's step");
        waitUntil("the notes show", () -> robot.lookup("#presenterNotes .md-text").queryAll().stream()
                .anyMatch(t -> ((javafx.scene.text.Text) t).getText().contains("Let the class guess")));
        assertTrue(fx(() -> robot.lookup("#lessonPanel .md-text").queryAll().stream()
                .noneMatch(t -> ((javafx.scene.text.Text) t).getText().contains("Let the class guess"))),
                "the notes are not in the lesson panel the class sees");
    }

    @Test
    @DisplayName("switching the language keeps the lesson, the step and what was answered")
    void languageSwitchKeepsThePlace(FxRobot robot) throws Exception {
        startAt(2);
        Opened window = openWindow(Locale.ENGLISH);
        open(window, robot);
        robot.clickOn(inView(robot, "#quiz-1-0"));
        waitUntil("the verdict shows", () -> find(robot, "#quiz-1-verdict").isPresent());
        String englishTitle = text(robot, "#stepTitle");
        fx(() -> {
            window.i18n().setLocale(Locale.SIMPLIFIED_CHINESE);
            return null;
        });
        waitUntil("the lesson is in Chinese", () -> window.lessons().lesson().language().equals("zh-CN"));
        assertEquals(2, fx(() -> window.lessons().step()));
        assertEquals(LESSON, fx(() -> window.lessons().lesson().id()));
        assertFalse(englishTitle.equals(text(robot, "#stepTitle")), "the step's title is translated");
        assertTrue(hasClass(robot, "#quiz-1-verdict", "right"), "the answer given is still shown");
        assertEquals("正确。", text(robot, "#quiz-1-verdict"));
        assertTrue(Files.exists(progressFile()));
        assertTrue(fx(() -> robot.lookup("#lessonWhere").<Label>query().getText().contains("3")));
    }

    @Test
    @DisplayName("a progress file that cannot be read is set aside, the picker says where, and progress starts afresh")
    void aCorruptProgressFileIsSetAside(FxRobot robot) throws Exception {
        Files.writeString(progressFile(), "lesson.01-the-lab.step=banana\n");
        openWindow(Locale.ENGLISH);
        robot.clickOn("#lessons");
        assertTrue(fx(() -> robot.lookup(".lesson-notice").<Label>query().getText()
                .contains(ProgressStore.FILE_NAME + ".corrupt")), "the notice names the file kept aside");
        assertTrue(Files.exists(home.resolve(ProgressStore.FILE_NAME + ".corrupt")));
        assertEquals("Not started", text(robot, "#progress-" + LESSON));
    }
}
