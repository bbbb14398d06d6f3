package com.replicationlab.ui.window;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.clock.ClockBar;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.lesson.LessonLibrary;
import com.replicationlab.ui.lesson.LessonPanel;
import com.replicationlab.ui.lesson.LessonPicker;
import com.replicationlab.ui.lesson.LessonPlayer;
import com.replicationlab.ui.lesson.PresenterNotes;
import com.replicationlab.ui.panels.LabPanel;
import com.replicationlab.ui.panels.PanelContext;
import com.replicationlab.ui.panels.WindowShowing;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.topology.TopologyView;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The main window: the clock's toolbar on top, the topology in the centre, the panels beside and
 * below it (tabs), the status line at the bottom, and the help sheet over everything. It only
 * composes: each part binds to the view model by itself.
 */
public final class LabWindow {
    private static final double SIDE_DIVIDER = 0.73;
    private static final double BOTTOM_DIVIDER = 0.72;
    private static final double LESSON_SHARE = 0.34;
    private static final double DEMO_LESSON_SHARE = 0.42;

    private final LabViewModel model;
    private final I18n i18n;
    private final Appearance appearance;
    private final TopologyView topology;
    private final HelpSheet help;
    private final BorderPane frame = new BorderPane();
    private final ReadOnlyBooleanProperty inShowingWindow = WindowShowing.of(frame);
    private final StackPane root;
    private final SplitPane sideSplit = new SplitPane();
    private final SplitPane bottomSplit = new SplitPane();
    private final TabPane sideTabs = new TabPane();
    private final TabPane bottomTabs = new TabPane();
    private final LessonPlayer lessons;
    private final LessonPanel lessonPanel;
    private final LessonPicker picker;
    private final PresenterNotes notes;
    private Stage stage;

    /** A window with the standard course (./lessons, else the packaged one) and the user's progress. */
    public LabWindow(LabViewModel model, I18n i18n, Appearance appearance, UiExecutor ui, List<LabPanel> panels) {
        this(model, i18n, appearance, ui, panels, LessonLibrary.standard());
    }

    public LabWindow(LabViewModel model, I18n i18n, Appearance appearance, UiExecutor ui, List<LabPanel> panels,
                     LessonLibrary library) {
        this.model = model;
        this.i18n = i18n;
        this.appearance = appearance;
        this.topology = new TopologyView(model, i18n, appearance);
        this.help = new HelpSheet(i18n);
        for (LabPanel panel : panels) {
            addPanel(panel, ui);
        }
        sideTabs.setId("sidePanels");
        bottomTabs.setId("bottomPanels");
        sideSplit.setId("sideSplit");
        lessons = new LessonPlayer(library, model, i18n);
        picker = new LessonPicker(lessons, i18n);
        lessonPanel = new LessonPanel(lessons, i18n, picker::show);
        notes = new PresenterNotes(lessons, i18n);
        lessons.lessonProperty().addListener((obs, old, now) -> {
            if ((old == null) != (now == null)) {
                placeLesson();
            }
        });
        // Demo mode is presentation mode with a lesson: large type, secondary panels hidden.
        lessons.demoProperty().addListener((obs, old, on) -> appearance.presentationProperty().set(on));
        bottomSplit.setId("bottomSplit");
        bottomSplit.setOrientation(Orientation.VERTICAL);
        frame.setTop(toolbar());
        frame.setBottom(new StatusBar(model, i18n).view());
        frame.getStyleClass().add("lab-window");
        arrange();
        appearance.presentationProperty().addListener((obs, old, on) -> {
            arrange();
            if (stage != null && stage.isShowing()) {
                stage.setFullScreen(on);
            }
        });
        root = new StackPane(frame, picker.view(), help.view());
    }

    /**
     * A panel in a tab of its slot. It is shown while its tab is selected, presentation mode is off
     * and the window is showing; it is built when first shown (a panel never opened costs nothing),
     * unless it must listen from the start.
     */
    private void addPanel(LabPanel panel, UiExecutor ui) {
        Tab tab = new Tab();
        tab.textProperty().bind(i18n.text(panel.titleKey()));
        tab.setClosable(false);
        BooleanBinding showing = tab.selectedProperty().and(appearance.presentationProperty().not())
                .and(inShowingWindow);
        PanelContext context = new PanelContext(model, i18n, appearance, ui, showing);
        Runnable build = () -> {
            if (tab.getContent() == null) {
                tab.setContent(panel.create(context));
            }
        };
        showing.addListener((obs, was, now) -> {
            if (now) {
                build.run();
            }
        });
        tab.setOnSelectionChanged(e -> {
            if (!tab.isSelected()) {
                return;
            }
            build.run();
            Node opening = tab.getContent().lookup("." + LabPanel.FOCUS_ON_OPEN);
            if (opening != null) {
                ui.execute(opening::requestFocus); // once the tab's content is shown
            }
        });
        (panel.slot() == LabPanel.Slot.SIDE ? sideTabs : bottomTabs).getTabs().add(tab);
        if (panel.listensFromStart()) {
            build.run();
        }
    }

    /**
     * Presentation mode shows the canvas alone; otherwise the panels sit beside and below it. An
     * open lesson sits at the left of either.
     */
    private void arrange() {
        if (appearance.presentationProperty().get()) {
            sideSplit.getItems().clear();
            bottomSplit.getItems().clear();
            frame.setCenter(topology);
            placeLesson();
            return;
        }
        Node centre = topology;
        sideSplit.getItems().clear();
        if (!sideTabs.getTabs().isEmpty()) {
            sideSplit.getItems().setAll(topology, sideTabs);
            sideSplit.setDividerPositions(SIDE_DIVIDER);
            SplitPane.setResizableWithParent(sideTabs, false);
            centre = sideSplit;
        }
        bottomSplit.getItems().clear();
        if (!bottomTabs.getTabs().isEmpty()) {
            bottomSplit.getItems().setAll(centre, bottomTabs);
            bottomSplit.setDividerPositions(BOTTOM_DIVIDER);
            SplitPane.setResizableWithParent(bottomTabs, false);
            centre = bottomSplit;
        }
        frame.setCenter(centre);
        placeLesson();
    }

    /** The lesson panel at the left, a share of the window's width (more in presentation, for its large type). */
    private void placeLesson() {
        Region panel = (Region) lessonPanel.view();
        panel.prefWidthProperty().unbind();
        if (lessons.lesson() == null) {
            frame.setLeft(null);
            return;
        }
        double share = appearance.presentationProperty().get() ? DEMO_LESSON_SHARE : LESSON_SHARE;
        panel.prefWidthProperty().bind(frame.widthProperty().multiply(share));
        frame.setLeft(panel);
    }

    /** The lessons of this window: open one, move through it, answer (what the lesson panel's controls call). */
    public LessonPlayer lessons() {
        return lessons;
    }

    /** Shows or hides the list of lessons. */
    public void toggleLessonPicker() {
        picker.toggle();
    }

    private ToolBar toolbar() {
        ToolBar bar = new ToolBar();
        bar.setId("toolbar");
        bar.getItems().addAll(new ClockBar(model, i18n).controls());
        Button lessonsButton = new Button();
        lessonsButton.setId("lessons");
        lessonsButton.textProperty().bind(i18n.text("lesson.menu"));
        lessonsButton.setOnAction(e -> picker.toggle());
        bar.getItems().addAll(new Separator(Orientation.VERTICAL), lessonsButton);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        bar.getItems().addAll(spring, new Separator(Orientation.VERTICAL));
        bar.getItems().addAll(new WindowControls(model, i18n, appearance, () -> topology, help::toggle,
                this::toggleFullScreen).controls());
        hideInPresentation(bar.getItems());
        // Never cut a control to "…": what does not fit goes to the toolbar's » menu instead.
        bar.getItems().stream().filter(item -> item != spring && item instanceof Region)
                .forEach(item -> ((Region) item).setMinWidth(Region.USE_PREF_SIZE));
        return bar;
    }

    /** Presentation's large type needs the toolbar's room: its secondary controls step aside. */
    private void hideInPresentation(List<Node> controls) {
        for (Node control : controls) {
            if (control.getStyleClass().contains(ClockBar.SECONDARY)) {
                control.visibleProperty().bind(appearance.presentationProperty().not());
                control.managedProperty().bind(appearance.presentationProperty().not());
            } else if (control instanceof Parent parent) {
                hideInPresentation(parent.getChildrenUnmodifiable());
            }
        }
    }

    private void toggleFullScreen() {
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    public Parent view() {
        return root;
    }

    public TopologyView topology() {
        return topology;
    }

    /** Puts the window on a stage: scene, stylesheets, title, icon, keyboard. */
    public Scene attach(Stage target, double width, double height) {
        this.stage = target;
        Scene scene = new Scene(root, width, height);
        appearance.applyTo(scene.getStylesheets());
        LessonKeys lessonKeys = new LessonKeys(lessons, picker::toggle);
        lessonKeys.install(scene);
        new KeyboardShortcuts(model, appearance, help, this::toggleFullScreen, topology::toggleFrameOverlay).install(scene);
        notes.attach(target, scene.getStylesheets(), lessonKeys::install);
        target.setScene(scene);
        target.titleProperty().bind(i18n.text("window.title"));
        target.setFullScreenExitHint("");
        try (InputStream icon = LabWindow.class.getResourceAsStream("/com/replicationlab/ui/icon.png")) {
            if (icon != null) {
                target.getIcons().add(new Image(icon));
            }
        } catch (IOException e) {
            // No icon is no reason not to open the window.
        }
        return scene;
    }
}
