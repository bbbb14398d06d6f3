package com.replicationlab.ui.window;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lesson.ProgressStore;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.lesson.LessonLibrary;
import com.replicationlab.ui.panels.Panels;
import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.theme.Appearance;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static com.replicationlab.ui.heartbeat.PanelBench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's words in a real window (headless, Monocle): the Chinese event log and status bar,
 * and the panels' hints at several window sizes. Each window is on a stage of its own at the size
 * under test: the shared stage is never resized.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("The window's words (TestFX, headless)")
class WindowWordsGuiTest {
    private static final String LESSON = "01-the-lab";
    private static final String EXPECT_UP = "expect replica-1.master_link_status == \"up\"";
    private static final String EXPECT_FAILS = "expect master.offset > 100";
    /** Two letters in a row: a word of English. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");
    /** The bottom panels with a hint in their tool bar: each panel's title and its hint's id. */
    private static final Map<String, String> HINTS = Map.of("panel.eventLog", "#eventLogHint",
            "panel.sequence", "#sequenceHint", "panel.console", "#consoleHint");

    @TempDir
    Path home;

    private final List<Opened> opened = new ArrayList<>();

    /** One window on a stage of its own, with its own lab. */
    private record Opened(Stage stage, LabViewModel model, LabWindow window, I18n i18n) {
        void close() throws Exception {
            fx(() -> {
                stage.close();
                model.close();
                return null;
            });
        }
    }

    /** A window with the project's lessons (none open yet), closed after the test if not before. */
    private Opened openWindow(Locale locale, int width, int height) throws Exception {
        Opened window = fx(() -> {
            UiExecutor ui = UiExecutor.fx();
            LabViewModel model = new LabViewModel(ClusterSpec.defaults(), ui, System::nanoTime);
            I18n i18n = new I18n(locale);
            LabWindow labWindow = new LabWindow(model, i18n, new Appearance(), ui, Panels.all(),
                    LessonLibrary.of(Path.of("lessons"), home.resolve(ProgressStore.FILE_NAME)));
            Stage stage = new Stage();
            labWindow.attach(stage, width, height);
            stage.show();
            return new Opened(stage, model, labWindow, i18n);
        });
        opened.add(window);
        return window;
    }

    private void close(Opened window) throws Exception {
        opened.remove(window);
        window.close();
    }

    @AfterEach
    void closeWindows() throws Exception {
        for (Opened window : List.copyOf(opened)) {
            close(window);
        }
    }

    /** Opens the first lesson, whose first lab block checks that replica-1's link is up, and waits for it to run. */
    private static void openLesson(LabWindow window) throws Exception {
        fx(() -> {
            window.lessons().open(LESSON);
            return null;
        });
        waitUntil("the lesson's actions have all run",
                () -> window.lessons().lesson() != null && !window.lessons().busyProperty().get());
    }

    @Test
    @DisplayName("in Chinese, the log's expectations and the status bar's outcome keep no English words: only the line as typed, and data")
    void chineseExpectations() throws Exception {
        Opened opened = openWindow(Locale.SIMPLIFIED_CHINESE, 1600, 1000);
        LabWindow window = opened.window();
        openLesson(window);
        String passed = "通过 " + EXPECT_UP + " — replica-1.master_link_status 为 \"up\"";
        waitUntil("the log shows the passed expectation", () -> shownLines(window).stream().anyMatch(l -> l.endsWith(passed)));
        String line = shownLines(window).stream().filter(l -> l.endsWith(passed)).findFirst().orElseThrow();
        assertNoEnglish(line, EXPECT_UP, "replica-1.master_link_status", "\"up\"", "script");
        assertTrue(line.contains(" 检查 "), line);

        fx(() -> opened.model().perform(new LabAction(EXPECT_FAILS)));
        Pattern failed = Pattern.compile(".*未通过 " + Pattern.quote(EXPECT_FAILS) + " — master\\.offset 为 \\d+");
        waitUntil("the log shows the failed expectation",
                () -> shownLines(window).stream().anyMatch(l -> failed.matcher(l).matches()));
        String failedLine = shownLines(window).stream().filter(l -> failed.matcher(l).matches()).findFirst().orElseThrow();
        assertNoEnglish(failedLine, EXPECT_FAILS, "master.offset", "script");
        String status = fx(() -> ((Label) window.view().lookup("#outcome")).getText());
        assertTrue(status.matches("✗ " + Pattern.quote(EXPECT_FAILS) + "：master\\.offset 为 \\d+"), status);
        assertNoEnglish(status, EXPECT_FAILS, "master.offset");
    }

    /** The event log's lines as its cells show them now. */
    private static List<String> shownLines(LabWindow window) throws Exception {
        return fx(() -> window.view().lookupAll("#eventLog .list-cell").stream()
                .map(cell -> ((ListCell<?>) cell).getText()).filter(text -> text != null).toList());
    }

    /** {@code shown}, with the data in it (the line as typed, fields, values, the source's name) taken out, has no English word. */
    private static void assertNoEnglish(String shown, String... data) {
        String left = shown;
        for (String datum : data) {
            left = left.replace(datum, "");
        }
        Matcher english = ENGLISH.matcher(left);
        assertFalse(english.find(), () -> "'" + english.group() + "' in " + shown);
    }

    @Test
    @DisplayName("no panel's hint is cut off: 1600×1000, 800×600, the smallest window (320×240); with and without a lesson; en and zh")
    void hintsFit() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (int[] size : List.of(new int[] {1600, 1000}, new int[] {800, 600}, new int[] {320, 240})) {
                Opened opened = openWindow(locale, size[0], size[1]);
                String where = locale + " at " + size[0] + "x" + size[1];
                openLesson(opened.window());
                assertHintsShownWhole(opened, where + " with a lesson");
                fx(() -> {
                    opened.window().lessons().close();
                    return null;
                });
                assertHintsShownWhole(opened, where + " without a lesson");
                close(opened); // one lab running at a time
            }
        }
    }

    @Test
    @DisplayName("at 1600×1000 with a lesson open the event log's hint stands on one line beside the filters, in both languages")
    void hintBesideTheFilters() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Opened opened = openWindow(locale, 1600, 1000);
            LabWindow window = opened.window();
            openLesson(window);
            assertHintShownWhole(opened, "panel.eventLog", locale.toString());
            double[] hintAndFilters = fx(() -> {
                Label hint = (Label) window.view().lookup("#eventLogHint");
                Node kinds = window.view().lookup("#eventLogKind");
                Bounds filters = kinds.localToScene(kinds.getBoundsInLocal());
                Bounds words = hint.localToScene(hint.getBoundsInLocal());
                return new double[] {words.getMinY(), filters.getMaxY(), hint.getHeight(), hint.prefHeight(-1)};
            });
            assertTrue(hintAndFilters[0] < hintAndFilters[1], locale + ": the hint is below the filters");
            assertEquals(hintAndFilters[3], hintAndFilters[2], 1, locale + ": the hint takes more than one line");
            close(opened);
        }
    }

    private static void assertHintsShownWhole(Opened opened, String where) throws Exception {
        for (String panel : HINTS.keySet()) {
            assertHintShownWhole(opened, panel, where);
        }
    }

    /**
     * With its panel's tab in front, the hint's words are all shown (no "…"), and so are the other
     * words of its tool bar; the hint lies within the tool bar.
     */
    private static void assertHintShownWhole(Opened opened, String panel, String where) throws Exception {
        LabWindow window = opened.window();
        String title = opened.i18n().get(panel);
        fx(() -> {
            TabPane tabs = (TabPane) window.view().lookup("#bottomPanels");
            tabs.getTabs().stream().filter(tab -> title.equals(tab.getText())).forEach(tabs.getSelectionModel()::select);
            return null;
        });
        String id = HINTS.get(panel);
        waitUntil("the tool bar of " + title + " is laid out",
                () -> window.view().lookup(id) != null && ((Label) window.view().lookup(id)).getWidth() > 0);
        fx(() -> {
            window.view().applyCss();
            window.view().layout();
            return null;
        });
        List<String> problems = fx(() -> {
            Label hint = (Label) window.view().lookup(id);
            Node bar = window.view().lookupAll(".panel-toolbar").stream()
                    .filter(toolbar -> toolbar.lookup(id) != null).findFirst().orElseThrow();
            List<String> cut = new ArrayList<>();
            for (Node label : bar.lookupAll(".label")) {
                Text shown = (Text) label.lookup(".text");
                String text = ((Label) label).getText();
                if (shown != null && text != null && !text.equals(shown.getText())) {
                    cut.add("cut off: " + shown.getText());
                }
            }
            Bounds words = hint.localToScene(hint.getBoundsInLocal());
            Bounds toolbar = bar.localToScene(bar.getBoundsInLocal());
            if (words.getMaxX() > toolbar.getMaxX() + 0.5) {
                cut.add("beyond its tool bar: " + words + " in " + toolbar);
            }
            return cut;
        });
        assertEquals(List.of(), problems, where + ", " + title);
    }
}
