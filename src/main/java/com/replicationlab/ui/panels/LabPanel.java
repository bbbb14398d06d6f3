package com.replicationlab.ui.panels;

import javafx.scene.Node;

/**
 * A panel of the window (event log, action log, legend, and later the backlog ring, lag charts,
 * inspector, sequence diagram, console): a title, a slot, and a view built on the view model alone.
 */
public interface LabPanel {

    /** The style class of the control that takes the keyboard when the panel's tab is opened. */
    String FOCUS_ON_OPEN = "focus-on-open";

    /** Where a panel goes: the side of the canvas or below it. Presentation mode hides both. */
    enum Slot { SIDE, BOTTOM }

    /** The resource-bundle key of the panel's tab title. */
    String titleKey();

    Slot slot();

    /**
     * Builds the panel's view (on the FX thread), bound to the context's view model. The window
     * builds it when its tab is first shown: most panels catch up from the lab's present.
     */
    Node create(PanelContext context);

    /**
     * Whether the panel must be built with the window, shown or not: one that collects news as it
     * happens (which a later look at the lab could not tell) would otherwise miss it.
     */
    default boolean listensFromStart() {
        return false;
    }
}
