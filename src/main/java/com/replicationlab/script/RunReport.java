package com.replicationlab.script;

import java.util.List;

/** Every line's outcome after a script ran; it passed if nothing failed. */
public record RunReport(String file, List<StatementResult> results) {

    public RunReport {
        results = List.copyOf(results);
    }

    public List<StatementResult> failures() {
        return results.stream().filter(r -> r.outcome().failed()).toList();
    }

    /** How many expectations (expect, run until) ran. */
    public long checks() {
        return results.stream().filter(r -> r.statement().action().isCheck()).count();
    }

    public boolean passed() {
        return failures().isEmpty();
    }
}
