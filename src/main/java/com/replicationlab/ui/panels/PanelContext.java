package com.replicationlab.ui.panels;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.theme.Appearance;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What a panel may use: the lab's view model, the window's words, its appearance, the UI executor
 * (to do something after the current change has been laid out, such as scrolling), and whether
 * the panel is shown now (its tab selected, the panels in the window): a panel not shown does no
 * work, and catches up when it is shown again ({@link ShownRefresh}).
 */
public record PanelContext(LabViewModel model, I18n i18n, Appearance appearance, UiExecutor ui,
                           ObservableBooleanValue showing) {
}
