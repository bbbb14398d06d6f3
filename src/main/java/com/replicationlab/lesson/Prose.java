package com.replicationlab.lesson;

/** Markdown between blocks, exactly as written, for the window to render. */
public record Prose(int line, String markdown) implements Block {

    @Override
    public String kind() {
        return "prose";
    }
}
