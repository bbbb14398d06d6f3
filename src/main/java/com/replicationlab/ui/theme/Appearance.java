package com.replicationlab.ui.theme;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * How the window looks, apart from the lab: the theme, presentation mode (projector: large type,
 * high contrast, secondary panels hidden) and reduced motion. Applies itself to a scene's
 * stylesheets.
 */
public final class Appearance {
    private static final String BASE = Appearance.class.getResource("base.css").toExternalForm();
    private static final String PRESENTATION = Appearance.class.getResource("presentation.css").toExternalForm();

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion");

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    public boolean isReducedMotion() {
        return reducedMotion.get();
    }

    /** Keeps {@code stylesheets} (a scene's) in line with the theme and presentation mode. */
    public void applyTo(ObservableList<String> stylesheets) {
        Runnable update = () -> {
            if (presentation.get()) {
                stylesheets.setAll(BASE, PRESENTATION);
            } else {
                stylesheets.setAll(BASE, theme.get().stylesheet());
            }
        };
        theme.addListener((obs, old, now) -> update.run());
        presentation.addListener((obs, old, now) -> update.run());
        update.run();
    }
}
