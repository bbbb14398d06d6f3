package com.replicationlab.lesson;

import com.replicationlab.script.Action;
import com.replicationlab.script.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The actions of a lesson's way through, as the validator takes it: lab blocks, predictions (with
 * their answer commands) and each task's solution. Replaying them up to a point rebuilds the lab
 * a student who followed the lesson has there — to resume a lesson where the progress file says,
 * to switch language mid-lesson, or to restart a step from a known state.
 */
public final class LessonPath {
    private LessonPath() {
    }

    /** Every action before step {@code step} (counted from 0) opens. */
    public static List<Action> before(Lesson lesson, int step) {
        return before(lesson, new BlockRef(step, 0));
    }

    /** Every action before the block {@code ref} runs (a block index past the last means the whole step). */
    public static List<Action> before(Lesson lesson, BlockRef ref) {
        List<Action> actions = new ArrayList<>();
        for (int s = 0; s <= ref.step() && s < lesson.steps().size(); s++) {
            List<Block> activities = lesson.step(s).activities();
            int end = s < ref.step() ? activities.size() : Math.min(ref.block(), activities.size());
            for (Block block : activities.subList(0, end)) {
                actionsOf(block).forEach(statement -> actions.add(statement.action()));
            }
        }
        return List.copyOf(actions);
    }

    /** What a block performs on the lesson's way through. */
    static List<Statement> actionsOf(Block block) {
        if (block instanceof LabBlock lab) {
            return lab.actions();
        }
        if (block instanceof TaskBlock task) {
            return task.solution();
        }
        if (block instanceof PredictBlock predict) {
            return predict.allActions();
        }
        return List.of();
    }
}
