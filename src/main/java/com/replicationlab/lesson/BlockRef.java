package com.replicationlab.lesson;

/**
 * Where a block is in a lesson: its step and its place among the step's activities (prose not
 * counted), both from 0. The same in every language of a lesson, so progress survives a switch.
 */
public record BlockRef(int step, int block) implements Comparable<BlockRef> {

    public BlockRef {
        if (step < 0 || block < 0) {
            throw new IllegalArgumentException("a block reference counts from 0: " + step + "." + block);
        }
    }

    /** "2.1": how the progress file writes it. */
    public String key() {
        return step + "." + block;
    }

    @Override
    public int compareTo(BlockRef other) {
        return step != other.step ? Integer.compare(step, other.step) : Integer.compare(block, other.block);
    }
}
