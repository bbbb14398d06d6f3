package com.replicationlab.script;

import java.util.List;

/** Whether an expectation holds, and the values that decided it in words. */
record Check(boolean holds, Phrase explanation) {

    /** With the values read, one after another; a check of literals only has none to show. */
    static Check of(boolean holds, List<Phrase> values) {
        if (values.isEmpty()) {
            return new Check(holds, holds ? Phrase.of("it holds", "holds") : Phrase.of("it does not hold", "doesNotHold"));
        }
        return new Check(holds, Phrase.list(values));
    }
}
