package com.replicationlab.lesson;

import java.util.List;

/**
 * One {@code ## section} of a lesson: its title and, in order, its prose and blocks.
 *
 * @param index counted from 0
 * @param line the line of its heading
 */
public record Step(int index, String title, int line, List<Block> blocks) {

    public Step {
        blocks = List.copyOf(blocks);
    }

    /** The blocks that are not prose, in order: what {@link BlockRef#block()} counts. */
    public List<Block> activities() {
        return blocks.stream().filter(b -> !(b instanceof Prose)).toList();
    }

    /** Where a block of this step is, for progress; the block must be one of its activities. */
    public BlockRef refOf(Block block) {
        int at = activities().indexOf(block);
        if (at < 0) {
            throw new IllegalArgumentException("not an activity of step " + (index + 1) + ": " + block.kind());
        }
        return new BlockRef(index, at);
    }

    public <T extends Block> List<T> blocksOf(Class<T> kind) {
        return blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The teacher's presenter notes of this step, joined; empty when it has none. */
    public String notes() {
        return String.join("\n\n", blocksOf(NotesBlock.class).stream().map(NotesBlock::markdown).toList());
    }
}
