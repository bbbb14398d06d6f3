package com.replicationlab.lab;

/**
 * A lab request that cannot be carried out (an unknown node, a packet no longer in flight, ...).
 * Its message is English, as scripts and the command line read it; a refusal the window may say in
 * another language also has its {@link Wording}.
 */
public final class LabException extends RuntimeException {
    private final transient Wording wording;

    public LabException(String message) {
        this(message, null);
    }

    public LabException(String message, Wording wording) {
        super(message);
        this.wording = wording;
    }

    /** The message as a message key and arguments, or null when it has none. */
    public Wording wording() {
        return wording;
    }
}
