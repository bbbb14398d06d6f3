package com.replicationlab.lesson;

import com.replicationlab.script.StatementResult;

import java.util.List;

/** A task's goal checked once: each expect line with whether it held and the values that decided it. */
public record GoalReport(List<StatementResult> lines) {

    public GoalReport {
        lines = List.copyOf(lines);
    }

    public boolean met() {
        return lines.stream().noneMatch(line -> line.outcome().failed());
    }

    /** The lines that do not hold yet. */
    public List<StatementResult> unmet() {
        return lines.stream().filter(line -> line.outcome().failed()).toList();
    }
}
