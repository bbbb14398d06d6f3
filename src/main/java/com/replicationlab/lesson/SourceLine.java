package com.replicationlab.lesson;

/** A line of a lesson file: its number (from 1) and its text, without the line ending. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    /** Indented lines continue the item above them. */
    boolean isIndented() {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(0)) && !isBlank();
    }
}
