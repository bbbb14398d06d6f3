package com.replicationlab.ui.console;

/** One line of the console: what was typed, a reply, an error, or a note from the console itself. */
public record TranscriptLine(Kind kind, String text) {

    public enum Kind { TYPED, REPLY, ERROR, NOTE }
}
