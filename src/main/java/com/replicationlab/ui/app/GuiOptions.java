package com.replicationlab.ui.app;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.ui.theme.Theme;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How to open the window: the lab, the language, the theme, the size, and — for a screenshot —
 * how far to run the lab and where to save the PNG.
 *
 * @param width the window's width, or 0 to fit the screen (as is {@code height})
 * @param scenario a scenario to open (run) first; null for none
 * @param screenshot the PNG to save, then exit; null to open the window for use
 * @param runBeforeShotMs virtual time to run (after the scenario) before the screenshot
 * @param lesson the id of a lesson to open at once (e.g. 06-lost-command); null for none
 * @param demo open that lesson in the teacher's demo mode
 */
public record GuiOptions(ClusterSpec spec, Locale locale, Theme theme, boolean presentation, boolean reducedMotion,
                         double width, double height, Scenario scenario, Path screenshot, long runBeforeShotMs,
                         String lesson, boolean demo) {

    /** A scenario file's name (for messages) and text. */
    public record Scenario(String file, String text) {
    }
}
