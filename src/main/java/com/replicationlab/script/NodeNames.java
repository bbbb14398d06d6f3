package com.replicationlab.script;

import com.replicationlab.lab.ClusterSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The node names a line may use. After a {@code cluster} line they are known (master,
 * replica-1..N, as the lab names them), so a typo fails at parse time with its column; before
 * one, only their spelling is checked here and the lab checks the name when the action runs.
 */
final class NodeNames {
    static final Pattern SPELLING = Pattern.compile("[A-Za-z](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?");

    private final List<String> known;

    private NodeNames(List<String> known) {
        this.known = known;
    }

    static NodeNames unchecked() {
        return new NodeNames(null);
    }

    static NodeNames of(ClusterSpec spec) {
        List<String> names = new ArrayList<>();
        names.add("master");
        for (int i = 1; i <= spec.replicas(); i++) {
            names.add("replica-" + i);
        }
        return new NodeNames(List.copyOf(names));
    }

    /** The name in {@code token}, if it is one the line may use. */
    String require(Token token, LineCursor cursor) throws ScriptException {
        String name = token.text();
        if (!SPELLING.matcher(name).matches()) {
            throw cursor.error(token, "'" + name + "' is not a node name (nodes are named like master, replica-1)");
        }
        if (known != null && !known.contains(name)) {
            throw cursor.error(token, "unknown node '" + name + "' (nodes: " + String.join(", ", known) + ")"
                    + Suggestions.hint(name, known));
        }
        return name;
    }
}
