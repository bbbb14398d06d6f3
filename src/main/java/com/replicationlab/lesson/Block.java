package com.replicationlab.lesson;

/** A piece of a step: prose, or one of the fenced blocks that carry what runs. */
public sealed interface Block permits Prose, LabBlock, TaskBlock, QuizBlock, PredictBlock, NotesBlock {

    /** The first line of the block in its file (a fenced block's opening fence). */
    int line();

    /** Its kind as written after the fence: lab, task, quiz, predict, notes; "prose" for prose. */
    String kind();
}
