package com.replicationlab.lesson;

/** {@code notes}: presenter notes, Markdown for the teacher's eyes only (demo mode). */
public record NotesBlock(int line, String markdown) implements Block {

    @Override
    public String kind() {
        return "notes";
    }
}
