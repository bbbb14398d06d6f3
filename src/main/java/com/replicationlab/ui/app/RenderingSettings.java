package com.replicationlab.ui.app;

/**
 * JavaFX rendering settings the window needs, set before JavaFX starts (it reads them once). A
 * setting given on the command line (-D) is left as given.
 */
final class RenderingSettings {
    /**
     * How many separate dirty regions a frame may repaint before JavaFX merges them (its default is
     * 6). While the lab plays, the canvas, the event log, the backlog ring and its list, the clock
     * and the status bar all change on every frame: seven or more regions, which JavaFX merged into
     * one rectangle over most of the window, static parts included. With software rendering every
     * repainted pixel costs; kept apart, the renderer's CPU in bench window fell by about a fifth.
     */
    static final String DIRTY_REGIONS = "prism.dirtyregioncount";
    static final String DIRTY_REGIONS_WANTED = "12";

    private RenderingSettings() {
    }

    static void beforeStartup() {
        if (System.getProperty(DIRTY_REGIONS) == null) {
            System.setProperty(DIRTY_REGIONS, DIRTY_REGIONS_WANTED);
        }
    }
}
