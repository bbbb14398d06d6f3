package com.replicationlab.lesson;

import java.util.List;

/**
 * A fenced block of a lesson before its content is read: its kind (the info string), the line of
 * its opening fence, how far the fence is indented, and its content lines with that indentation
 * taken off.
 */
record Fence(String kind, int line, int indent, List<SourceLine> content) {

    Fence {
        content = List.copyOf(content);
    }

    boolean contains(int lineNumber) {
        return lineNumber > line && lineNumber <= line + content.size();
    }
}
