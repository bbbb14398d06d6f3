package com.replicationlab.ui.window;

import com.replicationlab.script.AtomicFile;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.ScriptText;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.clock.ClockBar;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.panels.TextCell;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/** The right end of the toolbar: file (save scenario, export PNG), language, view options, help. */
final class WindowControls {
    private final LabViewModel model;
    private final I18n i18n;
    private final Appearance appearance;
    private final Supplier<Node> canvas;
    private final Runnable help;
    private final Runnable fullScreen;

    WindowControls(LabViewModel model, I18n i18n, Appearance appearance, Supplier<Node> canvas, Runnable help,
                   Runnable fullScreen) {
        this.model = model;
        this.i18n = i18n;
        this.appearance = appearance;
        this.canvas = canvas;
        this.help = help;
        this.fullScreen = fullScreen;
    }

    Node[] controls() {
        return new Node[] {file(), language(), view(), helpButton()};
    }

    private Node file() {
        MenuButton file = new MenuButton();
        file.setId("file");
        file.getStyleClass().add(ClockBar.SECONDARY);
        file.textProperty().bind(i18n.text("file.menu"));
        MenuItem open = item("openScenario", "file.openScenario");
        open.setOnAction(e -> openScenario(file.getScene().getWindow()));
        MenuItem save = item("saveScenario", "file.saveScenario");
        save.setOnAction(e -> saveScenario(file.getScene().getWindow()));
        MenuItem export = item("exportPng", "file.exportPng");
        export.setOnAction(e -> exportPng(file.getScene().getWindow()));
        file.getItems().addAll(open, save, export);
        return file;
    }

    private Node language() {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(I18n.LANGUAGES);
        language.setValue(i18n.locale());
        language.setCellFactory(list -> new TextCell<>(this::languageName));
        language.setButtonCell(new TextCell<>(this::languageName));
        language.valueProperty().addListener((obs, old, now) -> i18n.setLocale(now));
        i18n.localeProperty().addListener((obs, old, now) -> language.setValue(now));
        language.accessibleTextProperty().bind(i18n.text("language.label"));
        return language;
    }

    private Node view() {
        MenuButton view = new MenuButton();
        view.setId("view");
        view.textProperty().bind(i18n.text("view.menu"));
        CheckMenuItem dark = check("darkTheme", "view.dark");
        dark.setSelected(appearance.themeProperty().get() == Theme.DARK);
        dark.selectedProperty().addListener((obs, old, on) -> appearance.themeProperty().set(on ? Theme.DARK : Theme.LIGHT));
        appearance.themeProperty().addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        CheckMenuItem presentation = check("presentation", "view.presentation");
        presentation.selectedProperty().bindBidirectional(appearance.presentationProperty());
        CheckMenuItem reduced = check("reducedMotion", "view.reducedMotion");
        reduced.selectedProperty().bindBidirectional(appearance.reducedMotionProperty());
        MenuItem full = item("fullScreen", "view.fullScreen");
        full.setOnAction(e -> fullScreen.run());
        view.getItems().addAll(dark, presentation, reduced, full);
        return view;
    }

    private Node helpButton() {
        Button button = new Button("?");
        button.setId("helpButton");
        button.accessibleTextProperty().bind(i18n.text("help.title"));
        button.setOnAction(e -> help.run());
        return button;
    }

    private void openScenario(Window owner) {
        FileChooser chooser = chooser("file.openScenario", "file.scenarioFiles", "*.lab");
        var file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        try {
            String text = ScriptText.read(file.toPath());
            ScriptParser.parse(file.getName(), text);
            model.open(file.getName(), text);
        } catch (IOException | ScriptException e) {
            // A broken file changes nothing; it is named, with the spot, where outcomes show and in a dialog.
            model.report(e.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(owner);
            alert.setHeaderText(i18n.get("file.unreadable"));
            alert.show();
        }
    }

    private void saveScenario(Window owner) {
        FileChooser chooser = chooser("file.saveScenario", "file.scenarioFiles", "*.lab");
        chooser.setInitialFileName("scenario.lab");
        var file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.scenarioText().thenAccept(text -> {
                try {
                    AtomicFile.write(file.toPath(), text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    model.report(i18n.get("file.failed", e.getMessage()));
                }
            });
        }
    }

    private void exportPng(Window owner) {
        FileChooser chooser = chooser("file.exportPng", "file.pngFiles", "*.png");
        chooser.setInitialFileName("replication-lab.png");
        var file = chooser.showSaveDialog(owner);
        if (file != null) {
            try {
                PngExport.write(canvas.get(), Path.of(file.getPath()));
            } catch (IOException e) {
                model.report(i18n.get("file.failed", e.getMessage()));
            }
        }
    }

    private FileChooser chooser(String titleKey, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern));
        return chooser;
    }

    private MenuItem item(String id, String key) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        return item;
    }

    private CheckMenuItem check(String id, String key) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        return item;
    }

    /** A language by its own name ("English", "简体中文"). */
    private String languageName(Locale locale) {
        return i18n.get("language." + locale.getLanguage());
    }
}
