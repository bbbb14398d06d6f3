package com.replicationlab.script;

/**
 * A script line that cannot be understood. The message is {@code file:line:column: plain words},
 * the form compilers use, so editors and readers can jump to the spot.
 */
public final class ScriptException extends Exception {
    private final SourcePosition position;
    private final String plainMessage;

    public ScriptException(SourcePosition position, String plainMessage) {
        super(position + ": " + plainMessage);
        this.position = position;
        this.plainMessage = plainMessage;
    }

    public SourcePosition position() {
        return position;
    }

    /** The message without the position. */
    public String plainMessage() {
        return plainMessage;
    }
}
