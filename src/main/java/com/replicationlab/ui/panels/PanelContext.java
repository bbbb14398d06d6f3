package com.replicationlab.ui.panels;

import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.UiExecutor;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.theme.Appearance;

/**
 * What a panel may use: the lab's view model, the window's words, its appearance, and the UI
 * executor (to do something after the current change has been laid out, such as scrolling).
 */
public record PanelContext(LabViewModel model, I18n i18n, Appearance appearance, UiExecutor ui) {
}
