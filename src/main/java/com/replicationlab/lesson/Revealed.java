package com.replicationlab.lesson;

import com.replicationlab.script.StatementResult;

import java.util.List;

/** A prediction's actions as they ran, and the lab's answer. */
public record Revealed(List<StatementResult> results, Answer answer) {

    public Revealed {
        results = List.copyOf(results);
    }

    /** Whether an action failed or the lab had no answer. */
    public boolean failed() {
        return !answer.available() || results.stream().anyMatch(r -> r.outcome().failed());
    }
}
