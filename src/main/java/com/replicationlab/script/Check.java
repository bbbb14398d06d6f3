package com.replicationlab.script;

/** Whether an expectation holds, and the values that decided it in words. */
record Check(boolean holds, String explanation) {

    /** With the values read; a check of literals only has none to show. */
    static Check of(boolean holds, String values) {
        return new Check(holds, values.isEmpty() ? (holds ? "it holds" : "it does not hold") : values);
    }
}
