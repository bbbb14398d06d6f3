package com.replicationlab.script;

/** An action of a script and where it was written. */
public record Statement(SourcePosition position, Action action) {
}
