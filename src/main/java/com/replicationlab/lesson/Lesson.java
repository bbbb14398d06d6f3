package com.replicationlab.lesson;

import java.util.List;

/**
 * One lesson in one language: a Markdown file of the course, read. Its steps hold prose and the
 * blocks that run in the lab. The same lesson in another language has the same id and the same
 * steps and blocks (the validator checks it), so progress is kept by id and step, not by language.
 *
 * @param id the file name without {@code .md}, e.g. {@code 06-lost-command}
 * @param language the folder the file is in, e.g. {@code en} or {@code zh-CN}
 * @param file where it was read from, as errors name it
 * @param intro the Markdown between the title and the first step (may be empty)
 */
public record Lesson(String id, String language, String file, String title, String intro, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** The block a reference points at. */
    public Block block(BlockRef ref) {
        return steps.get(ref.step()).activities().get(ref.block());
    }
}
