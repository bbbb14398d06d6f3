package com.replicationlab.script;

import java.util.List;

/** One direction of a link, written {@code from->to}. */
public record Link(String from, String to) {

    public String text() {
        return from + "->" + to;
    }

    public List<String> nodes() {
        return List.of(from, to);
    }
}
