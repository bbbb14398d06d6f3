package com.replicationlab.ui.theme;

import java.util.Locale;

/** The colour schemes: each is one stylesheet of looked-up colours over the shared base. */
public enum Theme {
    LIGHT, DARK;

    public String stylesheet() {
        return Theme.class.getResource(name().toLowerCase(Locale.ROOT) + ".css").toExternalForm();
    }

    /** "light" or "dark", as the command line writes it. */
    public static Theme parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
