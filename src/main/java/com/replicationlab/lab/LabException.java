package com.replicationlab.lab;

/** A lab request that cannot be carried out (an unknown node, a packet no longer in flight, ...). */
public final class LabException extends RuntimeException {
    public LabException(String message) {
        super(message);
    }
}
