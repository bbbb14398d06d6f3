package com.replicationlab.lesson;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabException;
import com.replicationlab.script.Expect;
import com.replicationlab.script.Outcome;
import com.replicationlab.script.Session;
import com.replicationlab.script.Statement;
import com.replicationlab.script.StatementResult;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code task}: a goal the student reaches with their own actions, and the {@code solution}
 * block after it, which the validator runs (and the window may show or run on request).
 *
 * @param text what to do, in Markdown
 * @param goal expect lines: field comparisons and command-reply comparisons; all must hold
 * @param hints in order, from gentle to telling
 * @param solutionLine the line of the solution block's opening fence
 */
public record TaskBlock(int line, String text, List<Statement> goal, List<String> hints, int solutionLine,
                        List<Statement> solution) implements Block {

    public TaskBlock {
        goal = List.copyOf(goal);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }

    @Override
    public String kind() {
        return "task";
    }

    public List<String> goalLines() {
        return Performing.texts(goal);
    }

    public List<String> solutionLines() {
        return Performing.texts(solution);
    }

    /** Whether checking the goal needs a copy of the lab: it compares a command's reply. */
    public boolean needsCopy() {
        return goal.stream().anyMatch(s -> !(s.action() instanceof Expect));
    }

    /**
     * Checks the goal now, on the lab thread. Field comparisons read {@code lab} and change
     * nothing; reply comparisons run their command on one copy from {@code copier}.
     */
    public GoalReport check(Lab lab, LabCopier copier) {
        Session reader = new Session(lab);
        Session copy = null;
        List<StatementResult> results = new ArrayList<>();
        for (Statement line : goal) {
            Outcome outcome;
            if (line.action() instanceof Expect expect) {
                outcome = read(expect, reader);
            } else {
                if (copy == null) {
                    copy = new Session(copier.copy());
                }
                outcome = copy.perform(line.action());
            }
            results.add(new StatementResult(line, outcome));
        }
        return new GoalReport(results);
    }

    /** Performed directly, not through the session: reading must leave no mark in its log or trace. */
    private static Outcome read(Expect expect, Session reader) {
        try {
            return expect.perform(reader);
        } catch (LabException e) {
            return new Outcome(Outcome.Status.FAILED, e.getMessage());
        }
    }

    public List<StatementResult> runSolution(Session session) {
        return Performing.perform(solution, session);
    }
}
