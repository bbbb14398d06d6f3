package com.replicationlab.lesson;

import java.util.List;
import java.util.stream.IntStream;

/** {@code quiz}: a question with choices, exactly one of them right, each with its explanation. */
public record QuizBlock(int line, String question, List<Choice> choices) implements Block {

    /** One choice; the explanation is shown once it is picked, right or wrong. */
    public record Choice(String text, boolean right, String explanation) {
    }

    public QuizBlock {
        choices = List.copyOf(choices);
    }

    @Override
    public String kind() {
        return "quiz";
    }

    /** The index of the right choice (the validator makes sure there is exactly one). */
    public int rightChoice() {
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).right()).findFirst().orElse(-1);
    }

    public boolean isRight(int choice) {
        return choice >= 0 && choice < choices.size() && choices.get(choice).right();
    }
}
