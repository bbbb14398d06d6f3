package com.replicationlab.ui.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Rendering settings set before JavaFX starts")
class RenderingSettingsTest {
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(RenderingSettings.DIRTY_REGIONS);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(RenderingSettings.DIRTY_REGIONS);
        } else {
            System.setProperty(RenderingSettings.DIRTY_REGIONS, before);
        }
    }

    @Test
    @DisplayName("the window's frames may repaint up to 12 separate regions before JavaFX merges them")
    void moreDirtyRegions() {
        System.clearProperty(RenderingSettings.DIRTY_REGIONS);
        RenderingSettings.beforeStartup();
        assertEquals("12", System.getProperty(RenderingSettings.DIRTY_REGIONS));
    }

    @Test
    @DisplayName("a value given on the command line is kept")
    void givenValueKept() {
        System.setProperty(RenderingSettings.DIRTY_REGIONS, "4");
        RenderingSettings.beforeStartup();
        assertEquals("4", System.getProperty(RenderingSettings.DIRTY_REGIONS));
    }
}
