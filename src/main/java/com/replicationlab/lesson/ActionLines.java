package com.replicationlab.lesson;

import com.replicationlab.script.Script;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every line of a lesson that holds an action, parsed as one script: a copy of the file in which
 * only those lines are left, each on its own line number and column, every other line blank. So
 * the action language's own parser reads them, its errors point into the Markdown file exactly,
 * and the node names of a {@code cluster} line are checked in every block after it.
 */
final class ActionLines {
    private final String file;
    private final String[] lines;

    ActionLines(String file, int lineCount) {
        this.file = file;
        this.lines = new String[lineCount];
        java.util.Arrays.fill(lines, "");
    }

    /** Adds an action line; {@code column} (from 1) is where the action starts in the file's line. */
    void add(int lineNumber, int column, String action) {
        lines[lineNumber - 1] = " ".repeat(column - 1) + action;
    }

    /** The actions by line number. */
    Map<Integer, Statement> parse() throws LessonFormatException {
        Script script;
        try {
            script = ScriptParser.parse(file, String.join("\n", lines));
        } catch (ScriptException e) {
            throw new LessonFormatException(List.of(new LessonProblem(file, e.position().line(), e.position().column(),
                    e.plainMessage())));
        }
        Map<Integer, Statement> byLine = new TreeMap<>();
        for (Statement statement : script.statements()) {
            byLine.put(statement.position().line(), statement);
        }
        return byLine;
    }

    /** The actions of the lines of {@code fence}, in order. */
    static List<Statement> within(Fence fence, Map<Integer, Statement> byLine) {
        List<Statement> found = new ArrayList<>();
        for (SourceLine line : fence.content()) {
            Statement statement = byLine.get(line.number());
            if (statement != null) {
                found.add(statement);
            }
        }
        return found;
    }
}
