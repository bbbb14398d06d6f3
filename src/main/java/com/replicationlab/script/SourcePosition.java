package com.replicationlab.script;

/** Where a piece of a script comes from: file name, line and column, both counted from 1. */
public record SourcePosition(String file, int line, int column) {

    /** "file:line", how a result points at the action that made it. */
    public String fileAndLine() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
