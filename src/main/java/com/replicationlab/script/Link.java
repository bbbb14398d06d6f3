package com.replicationlab.script;

/** One direction of a link, written {@code from->to}. */
public record Link(String from, String to) {

    public String text() {
        return from + "->" + to;
    }
}
