package com.replicationlab.ui.app;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.lesson.LessonLibrary;
import com.replicationlab.ui.theme.Appearance;
import com.replicationlab.ui.window.LabWindow;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A window {@link GuiLauncher} has shown: its lab's model, its parts and its stage. */
public record OpenWindow(LabViewModel model, LabWindow window, Appearance appearance, LessonLibrary library,
                         I18n i18n, Stage stage, Scene scene) {
}
