package com.replicationlab.script;

import java.util.Locale;

/** An action kind's words are its enum name, lower case, underscores as spaces: DROP_NEXT is "drop next". */
final class Verbs {
    private Verbs() {
    }

    static String of(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
