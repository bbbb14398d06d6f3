package com.replicationlab.command;

/**
 * Where a command's keys are among its arguments, as COMMAND reports them: first key position,
 * last key position (negative counts from the end) and step.
 */
public record KeySpec(int firstKey, int lastKey, int step) {
    public static final KeySpec NONE = new KeySpec(0, 0, 0);
    public static final KeySpec ONE = new KeySpec(1, 1, 1);
    public static final KeySpec ALL = new KeySpec(1, -1, 1);
    public static final KeySpec PAIRS = new KeySpec(1, -1, 2);
}
