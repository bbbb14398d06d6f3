package com.replicationlab.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the action language. A script is one action a line; {@code #} starts a comment; blank
 * lines are ignored. Anything it cannot read is a {@link ScriptException} naming file, line and
 * column — never another exception. After a {@code cluster} line the node names are known and
 * checked here; before one, the lab checks them when the action runs.
 */
public final class ScriptParser {
    public static final int MAX_LINES = 100_000;
    public static final int MAX_LINE_CHARS = 65_536;

    private ScriptParser() {
    }

    public static Script parse(String file, String text) throws ScriptException {
        String[] lines = text.split("\n", -1);
        if (lines.length > MAX_LINES) {
            throw new ScriptException(new SourcePosition(file, MAX_LINES + 1, 1), "a script has at most " + MAX_LINES + " lines");
        }
        List<Statement> statements = new ArrayList<>();
        NodeNames nodes = NodeNames.unchecked();
        for (int i = 0; i < lines.length; i++) {
            LineCursor cursor = cursor(file, i + 1, lines[i]);
            cursor.skipSpaces();
            SourcePosition position = cursor.position(cursor.column());
            Action action = new ActionParser(cursor, nodes).parse();
            if (action != null) {
                statements.add(new Statement(position, action));
            }
            if (action instanceof Cluster cluster) {
                nodes = NodeNames.of(cluster.spec());
            }
        }
        return new Script(file, statements);
    }

    /** One line typed in a console or sent by a button; node names are left to the lab. */
    public static Action parseAction(String source, String line) throws ScriptException {
        Action action = new ActionParser(cursor(source, 1, line), NodeNames.unchecked()).parse();
        if (action == null) {
            throw new ScriptException(new SourcePosition(source, 1, 1), "expected an action, e.g. master> SET key value");
        }
        return action;
    }

    private static LineCursor cursor(String file, int line, String text) throws ScriptException {
        if (text.length() > MAX_LINE_CHARS) {
            throw new ScriptException(new SourcePosition(file, line, MAX_LINE_CHARS + 1),
                    "a line has at most " + MAX_LINE_CHARS + " characters");
        }
        return new LineCursor(file, line, text);
    }
}
